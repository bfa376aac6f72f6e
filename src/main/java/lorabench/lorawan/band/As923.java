// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import static lorabench.lorawan.band.Bandwidth.BW125;
import static lorabench.lorawan.band.Bandwidth.BW250;
import static lorabench.lorawan.band.PayloadLimits.of;
import static lorabench.lorawan.band.Tables.fsk;
import static lorabench.lorawan.band.Tables.lora;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/// AS923 (RP002-1.0.4 §2.9). Group 1 (AS923-1, 915-928 MHz) is the literal definition; groups 2 and 3 shift every
/// default frequency by −1.8 MHz and −6.6 MHz, and JP923 is AS923-1 with Japan's ARIB STD-T108 rules.
/// End-devices start with the 400 ms dwell-time limit on both directions until a TxParamSetupReq lifts it.
public final class As923 {
    private static final Map<Integer, DataRateSpec> DATA_RATES = Map.of(
            0, lora(12, BW125, of(59, 0)),
            1, lora(11, BW125, of(59, 0)),
            2, lora(10, BW125, of(123, 19)),
            3, lora(9, BW125, of(123, 61)),
            4, lora(8, BW125, of(250, 133)),
            5, lora(7, BW125, of(250)),
            6, lora(7, BW250, of(250)),
            7, fsk(of(250)));

    /// RX1 DR = clamp(DR − effective offset, MinDR, DR7), offsets 6 and 7 meaning −1 and −2; MinDR is DR2 while
    /// downlink dwell time applies, DR0 otherwise.
    private static final Rx1DrTable RX1 = new Rx1DrTable(
            Rx1DrTable.clamped(DATA_RATES.keySet(), Tables.OFFSETS_WITH_NEGATIVE, 0, 7, DATA_RATES.keySet()),
            Rx1DrTable.clamped(DATA_RATES.keySet(), Tables.OFFSETS_WITH_NEGATIVE, 2, 7, DATA_RATES.keySet()));

    /// AS923-1: default channels 923.2 and 923.4 MHz, RX2 923.2 MHz at DR2, beacon and ping slots on 923.4 MHz DR3.
    /// The 1 % duty cycle is the conservative common value; each country's rules apply on top.
    public static final Band GROUP_1 = new Band(BandId.AS923_1, RegionalRevision.RP002_1_0_4, DATA_RATES,
            new DrRange(0, 7), new DrRange(0, 7), channels(0), channels(0), Optional.empty(), 16,
            CfListType.FREQUENCIES, ChMaskScheme.SIXTEEN, RX1, Rx1Frequency.SAME_AS_UPLINK, new Rx2(923_200_000, 2),
            MacTiming.DEFAULT, TxPower.steps(16, 8),
            List.of(new SubBand("AS923-1", 915_000_000, 928_000_000, 0.01, 16)), new DwellTime(true, true),
            classB(0), Optional.empty());

    /// AS923-2 (920-923 MHz, e.g. Indonesia, Vietnam): AS923-1 shifted by −1.8 MHz.
    public static final Band GROUP_2 = group2(GROUP_1);

    /// AS923-3 (915-921 MHz, e.g. Philippines, Cuba): AS923-1 shifted by −6.6 MHz.
    public static final Band GROUP_3 = group3(GROUP_1);

    /// JP923: AS923-1 under ARIB STD-T108 (920.6-928.0 MHz): listen-before-talk with a −80 dBm threshold sensed for
    /// at least 5 ms, and at most 360 s of transmission per hour (10 %).
    public static final Band JAPAN = japan(GROUP_1);

    private As923() {
    }

    /// AS923-1 ("AS923" before RP002-1.0.1) in every revision from 1.0.2rA on, as differences from RP002-1.0.4:
    /// - 1.0.2rA/rB cap the RX1 data rate at DR5 (TTS `as_923_rp1_v1_0_2{,_rev_b}.go`: `si >= 5` gives DR5;
    ///   RP002-1.0.0 caps at DR7, `as_923_rp2_v1_0_0.go`);
    /// - 1.0.2rA/rB and RP002-1.0.0 allow only 59 bytes at DR2 without dwell time; RP002-1.0.1 raises it to 123
    ///   (ChirpStack `as923.rs` payload tables per `Revision`; TTS `as_923_rp2_v1_0_1.go`);
    /// - 1.0.2rA has a default max EIRP of 14 dBm and TXPower 0..5 (TTS `as_923.go`: `regionalParameters1_0_2RevA`
    ///   sets `DefaultMaxEIRP = 14` and max TX power index 5); 1.0.2rB has 16 dBm and TXPower 0..7.
    static Map<RegionalRevision, Band> group1Revisions() {
        return BandEdit.revisions(GROUP_1, RegionalRevision.RP001_1_0_2_A, (r, e) -> {
            if (r.before(RegionalRevision.RP002_1_0_0)) {
                e.rx1(new Rx1DrTable(
                        Rx1DrTable.clamped(DATA_RATES.keySet(), Tables.OFFSETS_WITH_NEGATIVE, 0, 5, DATA_RATES.keySet()),
                        Rx1DrTable.clamped(DATA_RATES.keySet(), Tables.OFFSETS_WITH_NEGATIVE, 2, 5,
                                DATA_RATES.keySet())));
            }
            if (r.before(RegionalRevision.RP002_1_0_1)) {
                Map<Integer, DataRateSpec> rates = new java.util.TreeMap<>(DATA_RATES);
                rates.put(2, lora(10, BW125, of(59, 19)));
                e.dataRates(rates, GROUP_1.uplinkDrs(), GROUP_1.downlinkDrs());
            }
            if (r == RegionalRevision.RP001_1_0_2_A) {
                e.txPower(TxPower.steps(14, 6));
            }
        });
    }

    /// AS923-2 and AS923-3 exist from RP002-1.0.1 on (TTS `all.go`: AS_923_2 / AS_923_3 from RP002_V1_0_1), each the
    /// AS923-1 of that revision shifted.
    static Map<RegionalRevision, Band> groupRevisions(BandId id) {
        Map<RegionalRevision, Band> out = new java.util.EnumMap<>(RegionalRevision.class);
        group1Revisions().forEach((r, g1) -> {
            if (!r.before(RegionalRevision.RP002_1_0_1)) {
                out.put(r, id == BandId.AS923_2 ? group2(g1) : group3(g1));
            }
        });
        return out;
    }

    /// JP923 is the AS923-1 of each revision with Japan's rules.
    static Map<RegionalRevision, Band> japanRevisions() {
        Map<RegionalRevision, Band> out = new java.util.EnumMap<>(RegionalRevision.class);
        group1Revisions().forEach((r, g1) -> out.put(r, japan(g1)));
        return out;
    }

    private static Band group2(Band group1) {
        return group(group1, BandId.AS923_2, -1_800_000, new SubBand("AS923-2", 920_000_000, 923_000_000, 0.01, 16));
    }

    private static Band group3(Band group1) {
        return group(group1, BandId.AS923_3, -6_600_000, new SubBand("AS923-3", 915_000_000, 921_000_000, 0.01, 16));
    }

    private static Band japan(Band group1) {
        return group1.withId(BandId.JP923)
                .withSubBands(List.of(new SubBand("ARIB STD-T108", 920_600_000, 928_000_000, 0.1, 16)))
                .withLbt(Optional.of(new Lbt(-80, Duration.ofMillis(5))));
    }

    private static Band group(Band group1, BandId id, long offsetHz, SubBand subBand) {
        return group1.withId(id).withDefaultChannels(channels(offsetHz))
                .withRx2(new Rx2(923_200_000 + offsetHz, 2)).withSubBands(List.of(subBand))
                .withClassB(classB(offsetHz));
    }

    private static List<Channel> channels(long offsetHz) {
        return List.of(new Channel(923_200_000 + offsetHz, 0, 5), new Channel(923_400_000 + offsetHz, 0, 5));
    }

    private static ClassB classB(long offsetHz) {
        return new ClassB(List.of(923_400_000 + offsetHz), 3, List.of(923_400_000 + offsetHz), 3);
    }

}
