// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import static lorabench.lorawan.band.Bandwidth.BW125;
import static lorabench.lorawan.band.PayloadLimits.of;
import static lorabench.lorawan.band.Tables.lora;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// KR920-923 (RP002-1.0.4 §2.13) under the Korean MSIT technical standard for unlicensed devices (920.9-923.3 MHz,
/// 14 dBm EIRP for end-devices), which requires listen-before-talk (−65 dBm threshold, at least 5 ms of sensing).
public final class Kr920 {
    private static final Map<Integer, DataRateSpec> DATA_RATES = Map.of(
            0, lora(12, BW125, of(59)),
            1, lora(11, BW125, of(59)),
            2, lora(10, BW125, of(59)),
            3, lora(9, BW125, of(123)),
            4, lora(8, BW125, of(250)),
            5, lora(7, BW125, of(250)));

    private static final List<Channel> DEFAULT_CHANNELS = List.of(
            new Channel(922_100_000, 0, 5), new Channel(922_300_000, 0, 5), new Channel(922_500_000, 0, 5));

    /// KR920 in RP002-1.0.4: RX2 921.9 MHz DR0; beacon and ping slots on 923.1 MHz DR3.
    public static final Band BAND = new Band(BandId.KR920, RegionalRevision.RP002_1_0_4, DATA_RATES,
            new DrRange(0, 5), new DrRange(0, 5), DEFAULT_CHANNELS, DEFAULT_CHANNELS, Optional.empty(), 16,
            CfListType.FREQUENCIES, ChMaskScheme.SIXTEEN,
            Rx1DrTable.of(Rx1DrTable.clamped(Set.of(0, 1, 2, 3, 4, 5), Tables.OFFSETS_0_TO_5, 0, 5,
                    DATA_RATES.keySet())),
            Rx1Frequency.SAME_AS_UPLINK, new Rx2(921_900_000, 0), MacTiming.DEFAULT, TxPower.steps(14, 8),
            List.of(new SubBand("MSIT 920.9-923.3", 920_900_000, 923_300_000, 1.0, 14)), DwellTime.NONE,
            new ClassB(List.of(923_100_000L), 3, List.of(923_100_000L), 3),
            Optional.of(new Lbt(-65, Duration.ofMillis(5))));

    /// KR920 in every revision from 1.0.2rA on. Only 1.0.2rA differs from RP002-1.0.4: its TX power table starts at
    /// 20 dBm with uneven steps (20, 14, 10, 8, 5, 2, 0 dBm; TTS `kr_920_923_rp1_v1_0_2.go`); 1.0.2rB and later use
    /// 14 dBm and steps of 2 dB.
    static Map<RegionalRevision, Band> revisions() {
        return BandEdit.revisions(BAND, RegionalRevision.RP001_1_0_2_A, (r, e) -> {
            if (r == RegionalRevision.RP001_1_0_2_A) {
                e.txPower(new TxPower(20, List.of(0.0, -6.0, -10.0, -12.0, -15.0, -18.0, -20.0)));
            }
        });
    }

    private Kr920() {
    }
}
