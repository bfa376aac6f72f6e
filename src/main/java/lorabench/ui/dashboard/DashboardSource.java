// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.dashboard;

import java.util.function.Consumer;

/// What the Dashboard reads from the network server: its event stream (with what happened before the screen
/// opened) and its counters.
public interface DashboardSource {
    /// Delivers one [DashboardUpdate.Replay], then a [DashboardUpdate.Live] per event, until the returned handle is
    /// closed. `consumer` may be called from any thread, at any rate, and must not block.
    AutoCloseable subscribe(Consumer<DashboardUpdate> consumer);

    /// {@return the current counters}; blocks on the store (call it off the FX thread)
    ///
    /// @throws RuntimeException when the server is not available (failed to start)
    DashboardCounts counts();
}
