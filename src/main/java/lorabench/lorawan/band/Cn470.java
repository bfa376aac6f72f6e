// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import static lorabench.lorawan.band.Bandwidth.BW125;
import static lorabench.lorawan.band.Bandwidth.BW500;
import static lorabench.lorawan.band.PayloadLimits.of;
import static lorabench.lorawan.band.Tables.fsk;
import static lorabench.lorawan.band.Tables.lora;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// CN470-510 (RP002-1.0.4 §2.6), channel plan "20 MHz antenna, type A", the first of the four plans RP002 defines.
/// Regulation: MIIT notice [2019] No. 52 on micro-power short-range devices, 470-510 MHz at 50 mW (17 dBm) ERP.
///
/// DR0 (SF12) is defined by RP002 but may not carry a payload ("N/A"), so the table starts at DR1.
/// RX2 is given for ABP devices (486.9 MHz); an OTAA device takes RX2 from its join channel.
public final class Cn470 {
    private static final Map<Integer, DataRateSpec> DATA_RATES = Map.of(
            1, lora(11, BW125, of(31)),
            2, lora(10, BW125, of(94)),
            // 192 bytes, but 172 when repeater compatible (LoRaMac-node `MaxPayloadOfDatarateRepeaterCN470` N = 164
            // for RP002; ChirpStack `cn470.rs` repeater table M = 172).
            3, lora(9, BW125, of(192).withRepeaterMax(172)),
            4, lora(8, BW125, of(250)),
            5, lora(7, BW125, of(250)),
            6, lora(7, BW500, of(250)),
            7, fsk(of(250)));

    /// Uplink group 1: 470.3 MHz + 200 kHz × n (channels 0..31); group 2: 503.5 MHz + 200 kHz × n (32..63).
    private static final List<Channel> CHANNELS = Tables.concat(
            Tables.channels(470_300_000, 200_000, 32, 1, 5), Tables.channels(503_500_000, 200_000, 32, 1, 5));

    /// The join channels of the 20 MHz type A plan (the first eight common join channels of RP002).
    private static final List<Channel> JOIN_CHANNELS = List.of(
            new Channel(470_900_000, 1, 5), new Channel(472_500_000, 1, 5), new Channel(474_100_000, 1, 5),
            new Channel(475_700_000, 1, 5), new Channel(504_100_000, 1, 5), new Channel(505_700_000, 1, 5),
            new Channel(507_300_000, 1, 5), new Channel(508_900_000, 1, 5));

    /// Downlink channels 483.9 MHz + 200 kHz × n, n = 0..63 (group 1 then group 2); RX1 uses the uplink's index.
    private static final Rx1Frequency RX1_FREQUENCY = Rx1Frequency.channels(483_900_000, 200_000, 64);

    private static final Rx1DrTable RX1 = Rx1DrTable.of(Rx1DrTable.clamped(
            Set.of(1, 2, 3, 4, 5, 6, 7), Tables.OFFSETS_0_TO_5, 1, 7, DATA_RATES.keySet()));

    /// Class B hops over eight downlink channels; for join channel group 0 (and ABP) they are downlink channels 0..7.
    private static final List<Long> BEACON_CHANNELS = Tables.frequencies(483_900_000, 200_000, 8);

    /// CN470 in RP002-1.0.4 (20 MHz antenna, type A).
    public static final Band BAND = new Band(BandId.CN470, RegionalRevision.RP002_1_0_4, DATA_RATES,
            new DrRange(1, 7), new DrRange(1, 7), CHANNELS, JOIN_CHANNELS, Optional.empty(), 64,
            CfListType.CHANNEL_MASK, ChMaskScheme.CN_64, RX1, RX1_FREQUENCY, new Rx2(486_900_000, 1),
            MacTiming.DEFAULT, TxPower.steps(19.15, 8),
            List.of(new SubBand("MIIT 2019-52", 470_000_000, 510_000_000, 1.0, 19.15)), DwellTime.NONE,
            new ClassB(BEACON_CHANNELS, 2, BEACON_CHANNELS, 2), Optional.empty());

    /// CN470 (20 MHz antenna, type A) in every revision that defines it, from RP002-1.0.0 on, when the four channel
    /// plans appeared (TTS `all.go`: CN_470_510_20_A from RP002_V1_0_0). The CN470 of 1.0.2rA/rB is a different,
    /// 96-channel plan that LoRaBench does not model (see [Bands#lookup(BandId, RegionalRevision)]).
    ///
    /// RP002-1.0.0 still has the old data rates DR0..DR5 (SF12..SF7 at 125 kHz; 59, 59, 59, 123, 250, 250 bytes) with
    /// RX2 at DR0 (TTS `cn_470_510_20_a_rp2_v1_0_0.go`, ChirpStack `cn470.rs` `Revision::RP002_1_0_0`); RP002-1.0.1
    /// drops DR0 for payloads, adds DR6 (SF7, 500 kHz) and DR7 (FSK) and moves RX2 to DR1 (LoRaMac-node
    /// `RegionCN470.h` for `REGION_VERSION` 0x02010001, i.e. RP002-1.0.1).
    static Map<RegionalRevision, Band> revisions() {
        return BandEdit.revisions(BAND, RegionalRevision.RP002_1_0_0, (r, e) -> {
            if (r == RegionalRevision.RP002_1_0_0) {
                Map<Integer, DataRateSpec> rates = Map.of(
                        0, lora(12, BW125, of(59)),
                        1, lora(11, BW125, of(59)),
                        2, lora(10, BW125, of(59)),
                        3, lora(9, BW125, of(123)),
                        4, lora(8, BW125, of(250)),
                        5, lora(7, BW125, of(250)));
                List<Channel> channels = Tables.concat(Tables.channels(470_300_000, 200_000, 32, 0, 5),
                        Tables.channels(503_500_000, 200_000, 32, 0, 5));
                List<Channel> join = JOIN_CHANNELS.stream().map(c -> new Channel(c.frequencyHz(), 0, 5)).toList();
                e.dataRates(rates, new DrRange(0, 5), new DrRange(0, 5)).channels(channels, join)
                        .rx1(Rx1DrTable.of(Rx1DrTable.clamped(rates.keySet(), Tables.OFFSETS_0_TO_5, 0, 5,
                                rates.keySet())))
                        .rx2(new Rx2(486_900_000, 0));
            }
        });
    }

    private Cn470() {
    }
}
