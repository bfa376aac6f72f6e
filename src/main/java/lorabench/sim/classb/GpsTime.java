// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.classb;

import java.time.Duration;
import java.time.Instant;

/// GPS time for the simulator: delegates to the protocol core's [lorabench.lorawan.classb.GpsTime]
/// (GPS epoch 1980-01-06, 18 leap seconds).
public final class GpsTime {
    public static final Instant EPOCH = lorabench.lorawan.classb.GpsTime.EPOCH;
    public static final Duration LEAP_SECONDS = lorabench.lorawan.classb.GpsTime.LEAP_SECONDS;

    private GpsTime() {
    }

    /// {@return the GPS time of `utc`}, as a duration since the GPS epoch
    public static Duration of(Instant utc) {
        return lorabench.lorawan.classb.GpsTime.of(utc);
    }

    /// {@return the UTC instant of GPS time `gps`}
    public static Instant toInstant(Duration gps) {
        return lorabench.lorawan.classb.GpsTime.toInstant(gps);
    }

    /// {@return milliseconds since the GPS epoch}, the `tmms` field
    public static long millis(Instant utc) {
        return lorabench.lorawan.classb.GpsTime.millis(utc);
    }
}
