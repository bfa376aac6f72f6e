// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.SubBand;

/// Regional duty cycle (RP002-1.0.4 §2.4.1 for EU868, ETSI EN 300 220-2) and the network's aggregated limit
/// (DutyCycleReq, L2 1.0.4 §5.3): after a frame of airtime `T` in a sub-band of duty cycle `d`, the sub-band stays
/// silent for `T (1/d - 1)`; with MaxDCycle `m > 0` every channel stays silent for `T (2^m - 1)`.
final class DutyCycle {
    private DutyCycle() {
    }

    /// {@return when a frame may start on `frequencyHz`} (now or later)
    static Instant availableAt(MacSession s, Band band, long frequencyHz, Instant now) {
        Instant at = now;
        if (s.aggregatedBlockedUntil.isAfter(at)) {
            at = s.aggregatedBlockedUntil;
        }
        Optional<SubBand> sb = band.subBandFor(frequencyHz);
        if (sb.isPresent()) {
            Instant until = s.subBandBlockedUntil.getOrDefault(sb.get().name(), Instant.EPOCH);
            if (until.isAfter(at)) {
                at = until;
            }
        }
        return at;
    }

    /// Records a frame sent on `frequencyHz` from `start` for `airtime`.
    static void record(MacSession s, Band band, long frequencyHz, Instant start, Duration airtime) {
        Instant end = start.plus(airtime);
        band.subBandFor(frequencyHz).filter(sb -> sb.dutyCycle() < 1).ifPresent(sb -> {
            long offNanos = Math.round(airtime.toNanos() * (1 / sb.dutyCycle() - 1));
            s.subBandBlockedUntil.put(sb.name(), end.plusNanos(offNanos));
        });
        if (s.maxDutyCycle > 0) {
            s.aggregatedBlockedUntil = end.plus(airtime.multipliedBy((1L << s.maxDutyCycle) - 1));
        }
    }
}
