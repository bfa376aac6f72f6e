// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.task;

import java.time.Duration;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/// A [Pulse] driven by an indefinitely repeating [Timeline]: ticks on the FX thread every `period`.
public final class TimelinePulse implements Pulse {
    private final Duration period;
    private Timeline timeline;

    public TimelinePulse(Duration period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
        this.period = period;
    }

    @Override
    public void start(Runnable onTick) {
        Objects.requireNonNull(onTick, "onTick");
        stop();
        timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> onTick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
