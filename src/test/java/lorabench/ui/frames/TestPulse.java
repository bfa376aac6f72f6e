// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import lorabench.ui.task.Pulse;

/// A [Pulse] the test ticks by hand.
final class TestPulse implements Pulse {
    private Runnable onTick;

    @Override
    public void start(Runnable tick) {
        this.onTick = tick;
    }

    @Override
    public void stop() {
        onTick = null;
    }

    void tick() {
        if (onTick != null) {
            onTick.run();
        }
    }
}
