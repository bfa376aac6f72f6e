// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import lorabench.lorawan.band.DataRate;
import lorabench.lorawan.mac.MacCommand;

/// The network side of the MAC layer (LoRaWAN L2 1.0.4 §5): answers the device's MAC commands and asks for
/// the changes the network wants. Pure with respect to storage: state in, state out.
public final class MacLayer {
    /// Seconds between the Unix and GPS epochs (1980-01-06T00:00:00Z).
    private static final long GPS_EPOCH_UNIX = 315_964_800L;
    /// GPS is ahead of UTC by the leap seconds inserted since 1980: 18 since 2017-01-01.
    private static final long GPS_LEAP_SECONDS = 18L;

    private final InstantSource clock;

    public MacLayer(InstantSource clock) {
        this.clock = clock;
    }

    /// {@return the answers and requests for one uplink, and the new state}
    public MacOutcome onUplink(MacUplink uplink) {
        List<MacCommand> out = new ArrayList<>();
        List<MacOutcome.MacExchange> exchanges = new ArrayList<>();
        for (MacCommand c : uplink.commands()) {
            exchanges.add(new MacOutcome.MacExchange(c, c.specName()));
            switch (c) {
                case MacCommand.LinkCheckReq r -> out.add(linkCheckAns(uplink));
                case MacCommand.DeviceTimeReq r -> out.add(deviceTimeAns(uplink.receivedAt()));
                default -> { }
            }
        }
        for (MacCommand c : out) {
            exchanges.add(new MacOutcome.MacExchange(c, c.specName()));
        }
        return new MacOutcome(uplink.state(), out, exchanges);
    }

    private static MacCommand.LinkCheckAns linkCheckAns(MacUplink uplink) {
        double best = uplink.signals().stream().mapToDouble(MacUplink.UplinkSignal::snr).max().orElse(0);
        double floor = uplink.band().dataRate(uplink.dataRate())
                .map(MacLayer::demodulationFloorDb).orElse(-20.0);
        int margin = (int) Math.max(0, Math.min(254, Math.floor(best - floor)));
        return new MacCommand.LinkCheckAns(margin, Math.min(255, uplink.signals().size()));
    }

    /// {@return the lowest SNR at which a LoRa receiver still demodulates `dr`} (SX1276 datasheet: -7.5 dB at SF7,
    /// 2.5 dB lower per spreading factor step); FSK is treated as needing no margin below 0 dB.
    static double demodulationFloorDb(DataRate dr) {
        return switch (dr) {
            case DataRate.LoRa l -> -7.5 - 2.5 * (l.spreadingFactor() - 7);
            case DataRate.Fsk f -> 0.0;
            case DataRate.LrFhss h -> -15.0;
        };
    }

    private MacCommand.DeviceTimeAns deviceTimeAns(Instant at) {
        Instant t = at == null ? clock.instant() : at;
        long gpsSeconds = t.getEpochSecond() - GPS_EPOCH_UNIX + GPS_LEAP_SECONDS;
        int fractional = (int) (t.getNano() * 256L / 1_000_000_000L);
        return new MacCommand.DeviceTimeAns(gpsSeconds & 0xFFFF_FFFFL, fractional);
    }
}
