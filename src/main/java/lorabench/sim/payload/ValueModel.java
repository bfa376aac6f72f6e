// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import java.time.Duration;
import java.util.Objects;

/// How a simulated sensor value changes from uplink to uplink.
public sealed interface ValueModel {

    /// {@return the value for the uplink described by `ctx`}; `key` names this value in the device's state
    double sample(String key, GeneratorContext ctx);

    /// Always the same value.
    record Constant(double value) implements ValueModel {
        @Override
        public double sample(String key, GeneratorContext ctx) {
            return value;
        }
    }

    /// `mean + amplitude · sin(2π · (t + phase) / period)` with `t` the uplink's time since the epoch, so a 24 h
    /// period gives a daily cycle that every run with the same start time repeats.
    record Sine(double mean, double amplitude, Duration period, Duration phase) implements ValueModel {
        public Sine {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(phase, "phase");
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("sine period must be positive");
            }
        }

        @Override
        public double sample(String key, GeneratorContext ctx) {
            long p = period.toMillis();
            long t = Math.floorMod(ctx.time().toEpochMilli() + phase.toMillis(), p);
            return mean + amplitude * Math.sin(2 * Math.PI * t / p);
        }
    }

    /// Starts at `start`; each later uplink adds a normal step of standard deviation `step`, clamped to
    /// `[min, max]`. The walk's last value lives in the device's [GeneratorState] under `key`.
    record RandomWalk(double start, double step, double min, double max) implements ValueModel {
        public RandomWalk {
            if (!(min <= start && start <= max) || step < 0) {
                throw new IllegalArgumentException("random walk needs min <= start <= max and step >= 0, got start "
                        + start + ", step " + step + ", min " + min + ", max " + max);
            }
        }

        @Override
        public double sample(String key, GeneratorContext ctx) {
            var last = ctx.state().get(key);
            double v = last.isEmpty() ? start : Math.clamp(last.getAsDouble() + step * ctx.random().nextGaussian(),
                    min, max);
            ctx.state().put(key, v);
            return v;
        }
    }
}
