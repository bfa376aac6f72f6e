// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.task;

/// A periodic tick on the FX thread. [FxEventAdapter] drains its queue on each tick; production uses
/// [TimelinePulse], tests call the registered action by hand.
public interface Pulse {
    /// Starts calling `onTick` on the FX thread, periodically, until [#stop()].
    void start(Runnable onTick);

    /// Stops the ticks; no tick runs after this returns (when called on the FX thread).
    void stop();
}
