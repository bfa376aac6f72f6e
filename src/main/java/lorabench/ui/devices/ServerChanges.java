// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

/// Tells the Devices and Downlinks screens that the server's state changed (an uplink, a join, a downlink status),
/// so they reload what they show. The callback may run on any thread and must not block; the screens coalesce
/// bursts into at most a few reloads per second.
@FunctionalInterface
public interface ServerChanges {
    /// Starts calling `changed` until the returned handle is closed.
    AutoCloseable subscribe(Runnable changed);

    /// {@return a feed that never reports a change}
    static ServerChanges none() {
        return changed -> () -> {};
    }
}
