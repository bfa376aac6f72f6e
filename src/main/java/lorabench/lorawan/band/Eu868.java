// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import static lorabench.lorawan.band.Bandwidth.BW125;
import static lorabench.lorawan.band.Bandwidth.BW250;
import static lorabench.lorawan.band.LrFhssCodingRate.CR1_3;
import static lorabench.lorawan.band.LrFhssCodingRate.CR2_3;
import static lorabench.lorawan.band.PayloadLimits.of;
import static lorabench.lorawan.band.Tables.fsk;
import static lorabench.lorawan.band.Tables.lora;
import static lorabench.lorawan.band.Tables.lrFhss;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/// EU863-870 (RP002-1.0.4 §2.4), sub-bands of ETSI EN 300 220-2 V3.2.1 Annex B / ERC Recommendation 70-03 Annex 1.
public final class Eu868 {
    /// Maximum EIRP of the 25 mW ERP sub-bands: 14 dBm ERP + 2.15 dB.
    private static final double EIRP_25MW = 16.15;

    private static final Map<Integer, DataRateSpec> DATA_RATES = Map.ofEntries(
            Map.entry(0, lora(12, BW125, of(59))),
            Map.entry(1, lora(11, BW125, of(59))),
            Map.entry(2, lora(10, BW125, of(59))),
            Map.entry(3, lora(9, BW125, of(123))),
            Map.entry(4, lora(8, BW125, of(250))),
            Map.entry(5, lora(7, BW125, of(250))),
            Map.entry(6, lora(7, BW250, of(250))),
            Map.entry(7, fsk(of(250))),
            Map.entry(8, lrFhss(137_000, CR1_3, of(58))),
            Map.entry(9, lrFhss(137_000, CR2_3, of(123))),
            Map.entry(10, lrFhss(336_000, CR1_3, of(58))),
            Map.entry(11, lrFhss(336_000, CR2_3, of(123))));

    private static final List<Channel> DEFAULT_CHANNELS = List.of(
            new Channel(868_100_000, 0, 5), new Channel(868_300_000, 0, 5), new Channel(868_500_000, 0, 5));

    private static final Rx1DrTable RX1 = Rx1DrTable.of(rx1Rows());

    private static Map<Integer, List<Integer>> rx1Rows() {
        Map<Integer, List<Integer>> rows = new TreeMap<>(Rx1DrTable.clamped(
                java.util.Set.of(0, 1, 2, 3, 4, 5, 6, 7), Tables.OFFSETS_0_TO_5, 0, 7, DATA_RATES.keySet()));
        // LR-FHSS uplinks answer at DR1 (137 kHz / 336 kHz with CR 1/3) or DR2 (CR 2/3) minus the offset.
        rows.put(8, List.of(1, 0, 0, 0, 0, 0));
        rows.put(9, List.of(2, 1, 0, 0, 0, 0));
        rows.put(10, List.of(1, 0, 0, 0, 0, 0));
        rows.put(11, List.of(2, 1, 0, 0, 0, 0));
        return rows;
    }

    /// ETSI EN 300 220-2 sub-bands; the old ERC 70-03 names g, g1 ... g4 in brackets. Band O (869.2-869.4 MHz) and
    /// Q (869.65-869.7 MHz) are not usable by LoRaWAN end-devices.
    private static final List<SubBand> SUB_BANDS = List.of(
            new SubBand("K", 863_000_000, 865_000_000, 0.001, EIRP_25MW),
            new SubBand("L (g)", 865_000_000, 868_000_000, 0.01, EIRP_25MW),
            new SubBand("M (g1)", 868_000_000, 868_600_000, 0.01, EIRP_25MW),
            new SubBand("N (g2)", 868_700_000, 869_200_000, 0.001, EIRP_25MW),
            new SubBand("P (g3)", 869_400_000, 869_650_000, 0.1, 29.15),
            new SubBand("R (g4)", 869_700_000, 870_000_000, 0.01, EIRP_25MW));

    /// EU868 in RP002-1.0.4.
    public static final Band BAND = new Band(BandId.EU868, RegionalRevision.RP002_1_0_4, DATA_RATES,
            new DrRange(0, 11), new DrRange(0, 7), DEFAULT_CHANNELS, DEFAULT_CHANNELS, Optional.empty(), 16,
            CfListType.FREQUENCIES, ChMaskScheme.SIXTEEN, RX1, Rx1Frequency.SAME_AS_UPLINK,
            new Rx2(869_525_000, 0), MacTiming.DEFAULT, TxPower.steps(16, 8), SUB_BANDS, DwellTime.NONE,
            new ClassB(List.of(869_525_000L), 3, List.of(869_525_000L), 3), Optional.empty());

    /// EU868 in every revision from 1.0.2rA on, as differences from RP002-1.0.4:
    /// - before RP002-1.0.2 there are no LR-FHSS data rates DR8..DR11 (TTS `eu_863_870_rp2_v1_0_1.go` ends at DR7,
    ///   `eu_863_870_rp2_v1_0_2.go` adds them);
    /// - 1.0.2rA has TXPower 0..5 only (TTS `eu_863_870_rp1_v1_0_2.go`: six offsets, 0 to −10 dB; 1.0.2rB and later
    ///   have eight, down to −14 dB).
    static Map<RegionalRevision, Band> revisions() {
        return BandEdit.revisions(BAND, RegionalRevision.RP001_1_0_2_A, (r, e) -> {
            if (r.before(RegionalRevision.RP002_1_0_2)) {
                e.withoutUplinkDrs(8, 11);
            }
            if (r == RegionalRevision.RP001_1_0_2_A) {
                e.txPower(TxPower.steps(16, 6));
            }
        });
    }

    private Eu868() {
    }
}
