// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/// Notices that an account row was written through [AccountRepository] (inserted, updated, deleted with its
/// sub-accounts), so caches of accounts can drop what they hold.
///
/// A notice is given when the writing transaction has ended (committed or rolled back), before the writer's caller
/// gets its result, so a reader that reloads after the notice sees the new rows.
public final class AccountChanges {
    private final CopyOnWriteArrayList<LongConsumer> listeners = new CopyOnWriteArrayList<>();

    /// Calls `listener` with the id of every account written from now on, on the writer's thread (keep it short).
    public void subscribe(LongConsumer listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void unsubscribe(LongConsumer listener) {
        listeners.remove(listener);
    }

    /// Announces that account `id` changed once `tx` has ended.
    void changed(Tx tx, long id) {
        if (!listeners.isEmpty()) {
            tx.afterEnd(() -> listeners.forEach(l -> l.accept(id)));
        }
    }
}
