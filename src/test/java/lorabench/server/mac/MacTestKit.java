// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.band.Bands;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;

/// Uplinks and states for the MAC-layer tests.
final class MacTestKit {
    static final Instant T = Instant.parse("2026-11-22T00:00:00.5Z");
    static final Band EU = Bands.lookup(BandId.EU868);
    static final Band US = Bands.lookup(BandId.US915);
    static final Band CN = Bands.lookup(BandId.CN470);

    private MacTestKit() {}

    static MacLayer layer() {
        return new MacLayer(InstantSource.fixed(T));
    }

    /// An uplink at DR5 heard by one gateway at 5 dB SNR, ADR bit clear.
    static MacUplink up(MacVersion v, MacState s, MacCommand... commands) {
        return up(EU, v, s, false, false, 5, 1, 5.0, commands);
    }

    static MacUplink up(Band band, MacVersion v, MacState s, boolean adr, boolean adrAckReq, int dr, long fCnt,
                        double snr, MacCommand... commands) {
        return new MacUplink(band, v, s, adr, adrAckReq, dr, fCnt, List.of(commands),
                List.of(new MacUplink.UplinkSignal(new Eui64(1), -80, snr)), T);
    }

    /// {@return `s` after queuing `requests` and one uplink whose downlink carried them}
    static MacState sent(MacLayer mac, MacState s, MacCommand... requests) {
        MacState queued = mac.request(s, List.of(requests));
        MacOutcome out = mac.onUplink(up(MacVersion.V1_1, queued));
        if (!out.downlinkCommands().containsAll(List.of(requests))) {
            throw new AssertionError("requests not offered: " + out.downlinkCommands());
        }
        return out.state();
    }
}
