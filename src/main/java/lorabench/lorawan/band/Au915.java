// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import static lorabench.lorawan.band.Bandwidth.BW125;
import static lorabench.lorawan.band.Bandwidth.BW500;
import static lorabench.lorawan.band.LrFhssCodingRate.CR1_3;
import static lorabench.lorawan.band.PayloadLimits.of;
import static lorabench.lorawan.band.Tables.lora;
import static lorabench.lorawan.band.Tables.lrFhss;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/// AU915-928 (RP002-1.0.4 §2.8) under the ACMA Radiocommunications (Low Interference Potential Devices) Class
/// Licence 2015, 915-928 MHz, 1 W EIRP. The uplink dwell-time limit (400 ms) forbids DR0 and DR1 and shrinks DR2..DR4.
public final class Au915 {
    private static final Map<Integer, DataRateSpec> DATA_RATES = Map.ofEntries(
            Map.entry(0, lora(12, BW125, of(59, 0))),
            Map.entry(1, lora(11, BW125, of(59, 0))),
            Map.entry(2, lora(10, BW125, of(59, 19))),
            Map.entry(3, lora(9, BW125, of(123, 61))),
            Map.entry(4, lora(8, BW125, of(250, 133))),
            Map.entry(5, lora(7, BW125, of(250))),
            Map.entry(6, lora(8, BW500, of(250))),
            Map.entry(7, lrFhss(1_523_000, CR1_3, of(58))),
            Map.entry(8, lora(12, BW500, of(61).withRepeaterMax(41))),
            Map.entry(9, lora(11, BW500, of(137).withRepeaterMax(117))),
            Map.entry(10, lora(10, BW500, of(250))),
            Map.entry(11, lora(9, BW500, of(250))),
            Map.entry(12, lora(8, BW500, of(250))),
            Map.entry(13, lora(7, BW500, of(250))));

    /// Channels 0..63: 915.2 MHz + 200 kHz × n at DR0..DR5; 64..71: 915.9 MHz + 1.6 MHz × n at DR6..DR7.
    private static final List<Channel> CHANNELS = Tables.concat(
            Tables.channels(915_200_000, 200_000, 64, 0, 5), Tables.channels(915_900_000, 1_600_000, 8, 6, 7));

    /// Join-requests use DR2 on 125 kHz channels (the slowest DR allowed under dwell time) and DR6 on 500 kHz.
    private static final JoinDataRates JOIN_DRS = new JoinDataRates(2, 6);

    private static final Rx1DrTable RX1 = Rx1DrTable.of(Map.of(
            0, List.of(8, 8, 8, 8, 8, 8),
            1, List.of(9, 8, 8, 8, 8, 8),
            2, List.of(10, 9, 8, 8, 8, 8),
            3, List.of(11, 10, 9, 8, 8, 8),
            4, List.of(12, 11, 10, 9, 8, 8),
            5, List.of(13, 12, 11, 10, 9, 8),
            6, List.of(13, 13, 12, 11, 10, 9),
            7, List.of(9, 8, 8, 8, 8, 8)));

    private static final Rx1Frequency RX1_FREQUENCY = Rx1Frequency.channels(923_300_000, 600_000, 8);

    /// AU915 in RP002-1.0.4.
    public static final Band BAND = new Band(BandId.AU915, RegionalRevision.RP002_1_0_4, DATA_RATES,
            new DrRange(0, 7), new DrRange(8, 13), CHANNELS, Us915.joinChannels(CHANNELS, JOIN_DRS),
            Optional.of(JOIN_DRS), 72, CfListType.CHANNEL_MASK, ChMaskScheme.US_72, RX1, RX1_FREQUENCY,
            new Rx2(923_300_000, 8), MacTiming.DEFAULT, TxPower.steps(30, 15),
            List.of(new SubBand("LIPD 2015", 915_000_000, 928_000_000, 1.0, 30)),
            new DwellTime(true, false),
            new ClassB(RX1_FREQUENCY.downlinkChannelsHz(), 8, RX1_FREQUENCY.downlinkChannelsHz(), 8),
            Optional.empty());

    /// AU915 in every revision from 1.0.2rA on, as differences from RP002-1.0.4:
    /// - before RP002-1.0.2 there is no LR-FHSS DR7 (TTS `au_915_928_rp2_v1_0_0.go` ends at DR6,
    ///   `au_915_928_rp2_v1_0_2.go` adds it);
    /// - 1.0.2rA/rB have no dwell-time limit and no TxParamSetupReq, so DR0 is allowed and joins use DR0 on 125 kHz
    ///   channels (LoRaMac-node for 1.0.2rB: `AU915_DEFAULT_DATARATE DR_0`), TXPower 0..10 (`AU915_MIN_TX_POWER
    ///   TX_POWER_10`), no CFList (TTS `au_915_928_rp1_v1_0_2_rev_b.go`: `ImplementsCFList: false`) and the beacon on
    ///   DR10 (SF10, 500 kHz; RP002-1.0.0 moves it to DR8);
    /// - 1.0.2rA still has the US915-like data rates: DR0..DR3 SF10..SF7 at 125 kHz, DR4 SF8 at 500 kHz, and the
    ///   four-offset RX1 table of US915 (TTS `au_915_928_rp1_v1_0_2.go`, `au915928DownlinkDRTableLegacy`).
    static Map<RegionalRevision, Band> revisions() {
        return BandEdit.revisions(BAND, RegionalRevision.RP001_1_0_2_A, (r, e) -> {
            if (r.before(RegionalRevision.RP002_1_0_2)) {
                e.withoutUplinkDrs(7, 7);
            }
            if (r == RegionalRevision.RP001_1_0_2_B) {
                Map<Integer, DataRateSpec> rates = new java.util.TreeMap<>(DATA_RATES);
                rates.remove(7);
                rates.replaceAll((dr, s) -> new DataRateSpec(s.dataRate(), s.maxPayload().withoutDwellLimit()));
                JoinDataRates join = new JoinDataRates(0, 6);
                List<Channel> channels = Tables.concat(Tables.channels(915_200_000, 200_000, 64, 0, 5),
                        Tables.channels(915_900_000, 1_600_000, 8, 6, 6));
                e.dataRates(rates, new DrRange(0, 6), new DrRange(8, 13))
                        .channels(channels, Us915.joinChannels(channels, join)).joinDataRates(Optional.of(join));
            }
            if (r == RegionalRevision.RP001_1_0_2_A) {
                JoinDataRates join = new JoinDataRates(0, 4);
                List<Channel> channels = Tables.concat(Tables.channels(915_200_000, 200_000, 64, 0, 3),
                        Tables.channels(915_900_000, 1_600_000, 8, 4, 4));
                e.dataRates(REVISION_A_DATA_RATES, new DrRange(0, 4), new DrRange(8, 13))
                        .channels(channels, Us915.joinChannels(channels, join)).joinDataRates(Optional.of(join))
                        .rx1(Rx1DrTable.of(Map.of(
                                0, List.of(10, 9, 8, 8),
                                1, List.of(11, 10, 9, 8),
                                2, List.of(12, 11, 10, 9),
                                3, List.of(13, 12, 11, 10),
                                4, List.of(13, 13, 12, 11))));
            }
            if (r.before(RegionalRevision.RP002_1_0_0)) {
                List<Long> beacon = RX1_FREQUENCY.downlinkChannelsHz();
                e.txPower(TxPower.steps(30, 11)).cfListType(CfListType.NONE).dwellTime(DwellTime.NONE)
                        .classB(new ClassB(beacon, 10, beacon, 10));
            }
        });
    }

    /// 1.0.2rA: the US915-like table with the US915-like payload sizes 19, 61, 134, 250, 250 (ChirpStack `au915.rs`,
    /// `Revision::A`; US915 has 133 at DR2). TTS `au_915_928_rp1_v1_0_2.go` disagrees with 59, 123, 250, 250, 250.
    private static final Map<Integer, DataRateSpec> REVISION_A_DATA_RATES = Map.ofEntries(
            Map.entry(0, lora(10, BW125, of(19))),
            Map.entry(1, lora(9, BW125, of(61))),
            Map.entry(2, lora(8, BW125, of(134))),
            Map.entry(3, lora(7, BW125, of(250))),
            Map.entry(4, lora(8, BW500, of(250))),
            Map.entry(8, DATA_RATES.get(8)),
            Map.entry(9, DATA_RATES.get(9)),
            Map.entry(10, DATA_RATES.get(10)),
            Map.entry(11, DATA_RATES.get(11)),
            Map.entry(12, DATA_RATES.get(12)),
            Map.entry(13, DATA_RATES.get(13)));

    private Au915() {
    }
}
