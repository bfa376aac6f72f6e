// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.time.Instant;
import java.time.InstantSource;
import lorabench.lorawan.mac.MacCommand.BeaconTimingAns;
import lorabench.lorawan.mac.MacCommand.BeaconTimingReq;

/// BeaconTimingReq → BeaconTimingAns, deprecated since LoRaWAN 1.0.3 (devices use DeviceTimeReq) but answered as the
/// 1.0 class B specification defines it: `Delay` is the time from the RX1 window of the answer to the next beacon in
/// 30 ms units (30 ms × Delay ≤ T < 30 ms × (Delay + 1)), `Channel` the index of that beacon's frequency. Beacons are
/// sent every 128 s of GPS time (LoRaWAN L2 1.0.4 §15.3); the index hops as floor(GPS time / 128) mod the band's
/// beacon frequencies.
final class BeaconTimingHandler {
    static final long BEACON_PERIOD_S = 128;

    private final InstantSource clock;

    BeaconTimingHandler(InstantSource clock) {
        this.clock = clock;
    }

    Handled handle(MacUplink up, MacState s, BeaconTimingReq req) {
        Instant received = up.receivedAt() == null ? clock.instant() : up.receivedAt();
        Instant rx1 = received.plusSeconds(s.rxDelaySeconds());
        long gpsMillis = DeviceTimeHandler.gpsSeconds(rx1) * 1000 + rx1.getNano() / 1_000_000;
        long periodMillis = BEACON_PERIOD_S * 1000;
        long next = (gpsMillis / periodMillis + 1) * periodMillis;
        int delay = (int) Math.min(0xFFFF, (next - gpsMillis) / 30);
        int hops = up.band().classB().beaconFrequenciesHz().size();
        int channel = (int) ((next / periodMillis) % hops);
        return Handled.reply(s, new BeaconTimingAns(delay, channel), "BeaconTimingReq (deprecated) answered: next "
                + "beacon in " + delay * 30 + " ms on beacon channel " + channel);
    }
}
