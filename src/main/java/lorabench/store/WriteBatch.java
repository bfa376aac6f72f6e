// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.util.ArrayList;
import java.util.List;

/// A unit of work: writes collected one by one (the uplink, its session-log rows, the counter updates of one
/// de-duplication window) and committed together, durably, in one transaction.
///
/// ```java
/// WriteBatch batch = db.newBatch();
/// batch.add(tx -> uplinks.insert(tx, uplink));
/// batch.add(tx -> log.insertAll(tx, entries));
/// batch.commit();
/// ```
public final class WriteBatch {
    private final Database db;
    private final List<TxConsumer> steps = new ArrayList<>();
    private boolean committed;

    WriteBatch(Database db) {
        this.db = db;
    }

    /// Adds a step, run in order at commit. {@return this batch}
    public WriteBatch add(TxConsumer step) {
        if (committed) {
            throw new IllegalStateException("this batch is already committed");
        }
        steps.add(step);
        return this;
    }

    public int size() {
        return steps.size();
    }

    /// Runs every step in one transaction and commits; when a step throws, nothing of the batch is written.
    /// @throws StoreException when a step or the commit fails
    public void commit() {
        if (committed) {
            throw new IllegalStateException("this batch is already committed");
        }
        committed = true;
        if (steps.isEmpty()) {
            return;
        }
        db.runInTransaction(tx -> steps.forEach(s -> s.accept(tx)));
    }
}
