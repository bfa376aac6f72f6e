// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.time.Instant;
import java.time.InstantSource;
import lorabench.lorawan.mac.MacCommand.DeviceTimeAns;
import lorabench.lorawan.mac.MacCommand.DeviceTimeReq;

/// DeviceTimeReq → DeviceTimeAns (LoRaWAN L2 1.0.4 §5.9): GPS time at the end of the uplink, in seconds and 1/256 s.
final class DeviceTimeHandler {
    /// Seconds between the Unix and GPS epochs (1980-01-06T00:00:00Z).
    static final long GPS_EPOCH_UNIX = 315_964_800L;
    /// GPS is ahead of UTC by the leap seconds inserted since 1980: 18 since 2017-01-01.
    static final long GPS_LEAP_SECONDS = 18L;

    private final InstantSource clock;

    DeviceTimeHandler(InstantSource clock) {
        this.clock = clock;
    }

    Handled handle(MacUplink up, MacState s, DeviceTimeReq req) {
        Instant t = up.receivedAt() == null ? clock.instant() : up.receivedAt();
        long gps = gpsSeconds(t);
        int fractional = (int) (t.getNano() * 256L / 1_000_000_000L);
        return Handled.reply(s, new DeviceTimeAns(gps & 0xFFFF_FFFFL, fractional),
                "DeviceTimeReq answered: GPS time " + gps + " s + " + fractional + "/256");
    }

    static long gpsSeconds(Instant t) {
        return t.getEpochSecond() - GPS_EPOCH_UNIX + GPS_LEAP_SECONDS;
    }
}
