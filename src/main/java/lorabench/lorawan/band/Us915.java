// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import static lorabench.lorawan.band.Bandwidth.BW125;
import static lorabench.lorawan.band.Bandwidth.BW500;
import static lorabench.lorawan.band.LrFhssCodingRate.CR1_3;
import static lorabench.lorawan.band.LrFhssCodingRate.CR2_3;
import static lorabench.lorawan.band.PayloadLimits.of;
import static lorabench.lorawan.band.Tables.lora;
import static lorabench.lorawan.band.Tables.lrFhss;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/// US902-928 (RP002-1.0.4 §2.5) under FCC 47 CFR §15.247 (frequency hopping / digital modulation, 400 ms dwell time
/// on uplink channels). DR7 is RFU; DR8..DR13 are downlink-only.
public final class Us915 {
    static final Map<Integer, DataRateSpec> DATA_RATES = Map.ofEntries(
            Map.entry(0, lora(10, BW125, of(19))),
            Map.entry(1, lora(9, BW125, of(61))),
            Map.entry(2, lora(8, BW125, of(133))),
            Map.entry(3, lora(7, BW125, of(250))),
            Map.entry(4, lora(8, BW500, of(250))),
            Map.entry(5, lrFhss(1_523_000, CR1_3, of(58))),
            Map.entry(6, lrFhss(1_523_000, CR2_3, of(133))),
            // Downlink: a repeater in the path costs 20 bytes at DR8 and DR9.
            Map.entry(8, lora(12, BW500, of(61).withRepeaterMax(41))),
            Map.entry(9, lora(11, BW500, of(137).withRepeaterMax(117))),
            Map.entry(10, lora(10, BW500, of(250))),
            Map.entry(11, lora(9, BW500, of(250))),
            Map.entry(12, lora(8, BW500, of(250))),
            Map.entry(13, lora(7, BW500, of(250))));

    /// Channels 0..63: 902.3 MHz + 200 kHz × n at DR0..DR3; 64..71: 903.0 MHz + 1.6 MHz × n at DR4..DR6.
    private static final List<Channel> CHANNELS = Tables.concat(
            Tables.channels(902_300_000, 200_000, 64, 0, 3), Tables.channels(903_000_000, 1_600_000, 8, 4, 6));

    /// Join-requests use DR0 on 125 kHz channels and DR4 on 500 kHz channels.
    private static final JoinDataRates JOIN_DRS = new JoinDataRates(0, 4);

    private static final Rx1DrTable RX1 = Rx1DrTable.of(Map.of(
            0, List.of(10, 9, 8, 8),
            1, List.of(11, 10, 9, 8),
            2, List.of(12, 11, 10, 9),
            3, List.of(13, 12, 11, 10),
            4, List.of(13, 13, 12, 11),
            5, List.of(10, 9, 8, 8),
            6, List.of(11, 10, 9, 8)));

    /// Downlink channels 0..7: 923.3 MHz + 600 kHz × n; RX1 uses channel (uplink channel mod 8).
    private static final Rx1Frequency RX1_FREQUENCY = Rx1Frequency.channels(923_300_000, 600_000, 8);

    /// US915 in RP002-1.0.4.
    public static final Band BAND = new Band(BandId.US915, RegionalRevision.RP002_1_0_4, DATA_RATES,
            new DrRange(0, 6), new DrRange(8, 13), CHANNELS, joinChannels(CHANNELS, JOIN_DRS), Optional.of(JOIN_DRS),
            72, CfListType.CHANNEL_MASK, ChMaskScheme.US_72, RX1, RX1_FREQUENCY, new Rx2(923_300_000, 8),
            MacTiming.DEFAULT, TxPower.steps(30, 15),
            List.of(new SubBand("FCC 15.247", 902_000_000, 928_000_000, 1.0, 36)),
            new DwellTime(true, false),
            new ClassB(RX1_FREQUENCY.downlinkChannelsHz(), 8, RX1_FREQUENCY.downlinkChannelsHz(), 8),
            Optional.empty());

    /// US915 in every revision from 1.0.2rA on, as differences from RP002-1.0.4:
    /// - before RP002-1.0.2 there are no LR-FHSS data rates DR5/DR6, so the 500 kHz channels carry DR4 only (TTS
    ///   `us_902_928_rp2_v1_0_0.go` ends at DR4, `us_902_928_rp2_v1_0_2.go` adds DR5/DR6);
    /// - 1.0.2rA/rB: TXPower 0..10 (30 dBm down to 10 dBm; RP002-1.0.0 extends the table to TXPower 14) and no CFList
    ///   in the join-accept (TTS `us_902_928_rp1_v1_0_2{,_rev_b}.go`: `ImplementsCFList: false`; CFList type 1 comes
    ///   with 1.0.3rA, so every RP002 revision has it).
    static Map<RegionalRevision, Band> revisions() {
        return BandEdit.revisions(BAND, RegionalRevision.RP001_1_0_2_A, (r, e) -> {
            if (r.before(RegionalRevision.RP002_1_0_2)) {
                e.withoutUplinkDrs(5, 6);
            }
            if (r.before(RegionalRevision.RP002_1_0_0)) {
                e.txPower(TxPower.steps(30, 11)).cfListType(CfListType.NONE);
            }
        });
    }

    /// {@return every channel, restricted to the join data rate of its width}: the first 64 are 125 kHz wide
    static List<Channel> joinChannels(List<Channel> channels, JoinDataRates drs) {
        return java.util.stream.IntStream.range(0, channels.size()).mapToObj(i -> {
            int dr = i < 64 ? drs.narrow125kHz() : drs.wide500kHz();
            return new Channel(channels.get(i).frequencyHz(), dr, dr);
        }).toList();
    }

    private Us915() {
    }
}
