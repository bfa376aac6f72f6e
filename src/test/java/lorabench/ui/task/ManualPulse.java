// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.task;

/// A [Pulse] the test ticks by hand.
final class ManualPulse implements Pulse {
    private Runnable onTick;
    int starts;
    int stops;

    @Override
    public void start(Runnable onTick) {
        this.onTick = onTick;
        starts++;
    }

    @Override
    public void stop() {
        onTick = null;
        stops++;
    }

    boolean running() {
        return onTick != null;
    }

    void tick() {
        if (onTick != null) {
            onTick.run();
        }
    }
}
