// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

/// What [DownlinkQueue#enqueue] does when the target already has downlinks waiting (OrbiWAN's queue modes).
public enum EnqueueMode {
    /// Add behind the waiting ones, up to the queue limit (the default).
    ENQUEUE_ON_BUSY,
    /// Refuse while anything waits.
    FAIL_ON_BUSY,
    /// Cancel everything waiting, then add.
    REPLACE_ON_BUSY
}
