// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import java.util.List;
import lorabench.server.event.ServerEvent;
import lorabench.store.PushTarget;

/// A vendor's push format (OrbiWAN's lives in `lorabench.api.orbiwise.push`): which server events become which
/// callbacks for a target (subscriptions), their URLs, headers and bodies. The [PushEngine] does the rest.
public interface CallbackFormatter {

    /// {@return the callbacks `event` causes for `target`} (none when the target is not subscribed to it).
    /// `live` is false when a stored payload is sent again (repush, retry).
    List<PushRequest> format(ServerEvent event, PushTarget target, boolean live);

    /// {@return a harmless callback proving that `target` is reachable} ("send test push" in the GUI)
    PushRequest testRequest(PushTarget target);

    /// {@return how failed deliveries of stored payloads to `target` are retried}
    RetryPolicy retryPolicy(PushTarget target);
}
