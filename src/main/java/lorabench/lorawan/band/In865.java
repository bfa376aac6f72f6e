// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import static lorabench.lorawan.band.Bandwidth.BW125;
import static lorabench.lorawan.band.PayloadLimits.of;
import static lorabench.lorawan.band.Tables.fsk;
import static lorabench.lorawan.band.Tables.lora;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/// IN865-867 (RP002-1.0.4 §2.10), licence-exempt under India's G.S.R. 1048(E) (865-867 MHz, 1 W ERP). DR6 is RFU.
public final class In865 {
    private static final Map<Integer, DataRateSpec> DATA_RATES = Map.of(
            0, lora(12, BW125, of(59)),
            1, lora(11, BW125, of(59)),
            2, lora(10, BW125, of(59)),
            3, lora(9, BW125, of(123)),
            4, lora(8, BW125, of(250)),
            5, lora(7, BW125, of(250)),
            7, fsk(of(250)));

    private static final List<Channel> DEFAULT_CHANNELS = List.of(
            new Channel(865_062_500, 0, 5), new Channel(865_402_500, 0, 5), new Channel(865_985_000, 0, 5));

    /// Offsets 6 and 7 mean −1 and −2; a result landing on the RFU DR6 steps down to DR5.
    private static final Rx1DrTable RX1 = Rx1DrTable.of(Rx1DrTable.clamped(
            DATA_RATES.keySet(), Tables.OFFSETS_WITH_NEGATIVE, 0, 7, DATA_RATES.keySet()));

    /// IN865 in RP002-1.0.4.
    public static final Band BAND = new Band(BandId.IN865, RegionalRevision.RP002_1_0_4, DATA_RATES,
            new DrRange(0, 7), new DrRange(0, 7), DEFAULT_CHANNELS, DEFAULT_CHANNELS, Optional.empty(), 16,
            CfListType.FREQUENCIES, ChMaskScheme.SIXTEEN, RX1, Rx1Frequency.SAME_AS_UPLINK, new Rx2(866_550_000, 2),
            MacTiming.DEFAULT, TxPower.steps(30, 11),
            List.of(new SubBand("G.S.R. 1048(E)", 865_000_000, 867_000_000, 1.0, 30)), DwellTime.NONE,
            new ClassB(List.of(866_550_000L), 4, List.of(866_550_000L), 4), Optional.empty());

    /// IN865 in every revision that defines it, from 1.0.2rB on (TTS `all.go`: IN_865_867 from RP001 1.0.2 rev B).
    /// 1.0.2rB caps the RX1 data rate at DR5, so FSK uplinks and the negative offsets 6/7 never reach DR7 (TTS
    /// `in_865_867_rp1_v1_0_2_rev_b.go`); RP002-1.0.0 raises the cap to DR7 (`in_865_867_rp2_v1_0_0.go`).
    static Map<RegionalRevision, Band> revisions() {
        return BandEdit.revisions(BAND, RegionalRevision.RP001_1_0_2_B, (r, e) -> {
            if (r.before(RegionalRevision.RP002_1_0_0)) {
                e.rx1(Rx1DrTable.of(Rx1DrTable.clamped(DATA_RATES.keySet(), Tables.OFFSETS_WITH_NEGATIVE, 0, 5,
                        DATA_RATES.keySet())));
            }
        });
    }

    private In865() {
    }
}
