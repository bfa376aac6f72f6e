// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// An open transaction. Pass it to the `Tx` variants of repository methods so several writes commit together; it is
/// valid only inside the [Database#inTransaction] (or [WriteBatch], [BatchingWriter]) call that created it.
public final class Tx {
    private static final Logger LOG = LoggerFactory.getLogger(Tx.class);

    private final Connection connection;
    private List<Runnable> afterEnd;

    Tx(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /// Runs `action` once the transaction has ended, committed or rolled back (before the result of the work is
    /// handed to its caller): for actions that are right either way, as dropping a cache entry.
    public void afterEnd(Runnable action) {
        if (afterEnd == null) {
            afterEnd = new ArrayList<>(2);
        }
        afterEnd.add(action);
    }

    /// Runs and forgets the actions registered with [#afterEnd]; one that throws is logged and the others still run.
    void ended() {
        List<Runnable> actions = afterEnd;
        afterEnd = null;
        if (actions == null) {
            return;
        }
        for (Runnable a : actions) {
            try {
                a.run();
            } catch (RuntimeException e) {
                LOG.error("an action after the end of a transaction failed", e);
            }
        }
    }
}
