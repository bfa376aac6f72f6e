// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import java.util.List;
import java.util.function.Consumer;
import lorabench.server.push.PushDelivery;
import lorabench.store.Account;
import lorabench.store.PushTarget;
import lorabench.store.Uplink;

/// What the Push targets screen needs from a running server: accounts, their HTTP push targets, the push engine's
/// delivery log and kept payloads. Every method except [#subscribe] may block (database, HTTP) and is called off
/// the FX thread. [ServerPushSources] adapts a running `LoraBenchServer`.
public interface PushSources {
    /// {@return the user accounts and application sub-accounts}, in id order
    List<Account> accounts();

    /// {@return every push target of the account}, started or stopped
    List<PushTarget> targets(long accountId);

    /// Stores `target` (new when its id is 0) and applies it to the next events. {@return the stored target}
    PushTarget save(PushTarget target);

    /// Sends a test callback to `target` now (it need not be stored). {@return the delivery}, also logged
    PushDelivery sendTest(PushTarget target);

    /// {@return the deliveries the log still keeps}, oldest first
    List<PushDelivery> recentDeliveries();

    /// Calls `listener` on the delivering thread with every later delivery. {@return the handle that stops it}
    AutoCloseable subscribe(Consumer<? super PushDelivery> listener);

    /// {@return the stored uplinks kept because a target did not answer 200} (push status FAILED), newest first,
    /// looking at most at the `limit` newest stored uplinks
    List<Uplink> keptPayloads(int limit);

    /// Pushes a kept uplink again to the targets that did not take it. {@return the deliveries}
    List<PushDelivery> repush(Uplink uplink);
}
