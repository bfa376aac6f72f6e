// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import java.util.List;
import lorabench.store.Downlink;

/// The answer to [DownlinkQueue#enqueue], for APIs to map onto their status codes (accepted → 201/200, busy → 409,
/// queue full → 409/429, too large → 400, unknown target → 404).
public sealed interface EnqueueResult {
    /// Queued as `downlink` (PENDING); `replaced` lists the downlinks cancelled by REPLACE_ON_BUSY.
    record Accepted(Downlink downlink, List<Downlink> replaced) implements EnqueueResult {
        public Accepted {
            replaced = List.copyOf(replaced);
        }
    }

    /// FAIL_ON_BUSY and `waiting` downlinks are queued.
    record Busy(long waiting) implements EnqueueResult {}

    /// The queue already holds `limit` downlinks.
    record QueueFull(int limit) implements EnqueueResult {}

    /// The payload is larger than any downlink data rate of the device's band can carry.
    record TooLarge(int size, int max) implements EnqueueResult {}

    /// No such device or group, or a group without a multicast session.
    record UnknownTarget(String detail) implements EnqueueResult {}
}
