// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.time.Duration;
import java.util.Objects;

/// When a device sends: every `interval`, each gap drawn uniformly within `± jitterPercent` of it; a share
/// `confirmedRatio` (0..1) of the uplinks is confirmed; application payloads go on `fPort` (1..223,
/// LoRaWAN L2 1.0.4 §4.3.2).
public record UplinkSchedule(Duration interval, double jitterPercent, double confirmedRatio, int fPort) {
    public UplinkSchedule {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
        if (!(jitterPercent >= 0 && jitterPercent <= 100)) {
            throw new IllegalArgumentException("jitter must be 0..100 %");
        }
        if (!(confirmedRatio >= 0 && confirmedRatio <= 1)) {
            throw new IllegalArgumentException("confirmedRatio must be 0..1");
        }
        if (fPort < 1 || fPort > 223) {
            throw new IllegalArgumentException("fPort must be 1..223");
        }
    }

    /// {@return the gap before the next uplink} for a uniform draw `u` in [0, 1)
    public Duration gap(double u) {
        double factor = 1 + jitterPercent / 100 * (2 * u - 1);
        return Duration.ofNanos(Math.max(1, Math.round(interval.toNanos() * factor)));
    }
}
