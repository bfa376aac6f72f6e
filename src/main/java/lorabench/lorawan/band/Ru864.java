// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import static lorabench.lorawan.band.Bandwidth.BW125;
import static lorabench.lorawan.band.Bandwidth.BW250;
import static lorabench.lorawan.band.PayloadLimits.of;
import static lorabench.lorawan.band.Tables.fsk;
import static lorabench.lorawan.band.Tables.lora;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// RU864-870 (RP002-1.0.4 §2.14), under Russia's SCRF (GKRCh) decision 07-20-03-001, Appendix 11 (864-870 MHz,
/// 25 mW ERP, 1 % duty cycle).
public final class Ru864 {
    private static final Map<Integer, DataRateSpec> DATA_RATES = Map.of(
            0, lora(12, BW125, of(59)),
            1, lora(11, BW125, of(59)),
            2, lora(10, BW125, of(59)),
            3, lora(9, BW125, of(123)),
            4, lora(8, BW125, of(250)),
            5, lora(7, BW125, of(250)),
            6, lora(7, BW250, of(250)),
            7, fsk(of(250)));

    private static final List<Channel> DEFAULT_CHANNELS = List.of(
            new Channel(868_900_000, 0, 5), new Channel(869_100_000, 0, 5));

    /// RU864 in RP002-1.0.4: RX2 869.1 MHz DR0; beacon on 869.1 MHz, ping slots on 868.9 MHz.
    public static final Band BAND = new Band(BandId.RU864, RegionalRevision.RP002_1_0_4, DATA_RATES,
            new DrRange(0, 7), new DrRange(0, 7), DEFAULT_CHANNELS, DEFAULT_CHANNELS, Optional.empty(), 16,
            CfListType.FREQUENCIES, ChMaskScheme.SIXTEEN,
            Rx1DrTable.of(Rx1DrTable.clamped(Set.of(0, 1, 2, 3, 4, 5, 6, 7), Tables.OFFSETS_0_TO_5, 0, 7,
                    DATA_RATES.keySet())),
            Rx1Frequency.SAME_AS_UPLINK, new Rx2(869_100_000, 0), MacTiming.DEFAULT, TxPower.steps(16, 8),
            List.of(new SubBand("SCRF 07-20-03-001", 864_000_000, 870_000_000, 0.01, 16.15)), DwellTime.NONE,
            new ClassB(List.of(869_100_000L), 3, List.of(868_900_000L), 3), Optional.empty());

    /// RU864 in every revision that defines it. It was added by 1.0.3rA (TTS `all.go` lists RU_864_870 from
    /// RP001 1.0.3 rev A on), a revision the OrbiWAN profiles do not name, so 1.0.2rA/rB have no RU864; the RP002
    /// revisions agree with RP002-1.0.4 on every fact modelled here (TTS `ru_864_870_rp2_v1_0_0.go`).
    static Map<RegionalRevision, Band> revisions() {
        return BandEdit.revisions(BAND, RegionalRevision.RP002_1_0_0, (r, e) -> { });
    }

    private Ru864() {
    }
}
