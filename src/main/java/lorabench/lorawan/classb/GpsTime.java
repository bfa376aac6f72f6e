// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.classb;

import java.time.Duration;
import java.time.Instant;

/// GPS time as LoRaWAN uses it (L2 1.0.4 §13.2 beacon `Time`, §5.9 DeviceTimeAns; the `tmms` field of the Semtech
/// packet forwarder, PROTOCOL.TXT §6): time since the GPS epoch 1980-01-06T00:00:00Z, which runs ahead of UTC by the
/// leap seconds inserted since.
///
/// NOTE: the offset is fixed at 18 s, the value since 2017-01-01; no leap second has been announced since.
public final class GpsTime {
    public static final Instant EPOCH = Instant.parse("1980-01-06T00:00:00Z");
    public static final Duration LEAP_SECONDS = Duration.ofSeconds(18);

    private GpsTime() {
    }

    /// {@return the GPS time of `utc`}, as a duration since the GPS epoch
    public static Duration of(Instant utc) {
        return Duration.between(EPOCH, utc).plus(LEAP_SECONDS);
    }

    /// {@return the UTC instant of GPS time `gps`}
    public static Instant toInstant(Duration gps) {
        return EPOCH.plus(gps).minus(LEAP_SECONDS);
    }

    /// {@return milliseconds since the GPS epoch}, the `tmms` field
    public static long millis(Instant utc) {
        return of(utc).toMillis();
    }
}
