// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import static lorabench.lorawan.band.RegionalRevision.RP001_1_0_2_A;
import static lorabench.lorawan.band.RegionalRevision.RP001_1_0_2_B;
import static lorabench.lorawan.band.RegionalRevision.RP002_1_0_0;
import static lorabench.lorawan.band.RegionalRevision.RP002_1_0_1;
import static lorabench.lorawan.band.RegionalRevision.RP002_1_0_2;
import static lorabench.lorawan.band.RegionalRevision.RP002_1_0_3;
import static lorabench.lorawan.band.RegionalRevision.RP002_1_0_4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// What each older regional-parameters revision the OrbiWAN profiles name (`RegParamsRevision` "A", "B",
/// "RP002-1.0.0" ... "RP002-1.0.2") changes against RP002-1.0.4, one assertion per difference.
///
/// Provenance: The Things Stack `pkg/band` keeps one definition per version (`<band>_rp1_v1_0_2.go` is 1.0.2rA,
/// `<band>_rp1_v1_0_2_rev_b.go` 1.0.2rB, `<band>_rp2_v1_0_N.go` RP002-1.0.N; `all.go` says which band exists in
/// which version); ChirpStack `lrwn/src/region/*.rs` keys payload tables by `Revision`; Semtech LoRaMac-node
/// `RegionCN470.h` / `RegionAU915.h` hold the values per `REGION_VERSION`.
class BandRevisionsTest {

    @Test
    void revisionsParseFromTheOrbiwanValues() {
        assertEquals(RP001_1_0_2_A, RegionalRevision.parse("A"));
        assertEquals(RP001_1_0_2_B, RegionalRevision.parse(" b "));
        assertEquals(RP001_1_0_2_B, RegionalRevision.parse("1.0.2rB"));
        assertEquals(RP002_1_0_2, RegionalRevision.parse("RP002-1.0.2"));
        assertEquals(RP002_1_0_4, RegionalRevision.parse("rp002_1_0_4"));
        for (RegionalRevision r : RegionalRevision.values()) {
            assertEquals(r, RegionalRevision.parse(r.text()));
            assertEquals(r, RegionalRevision.parse(r.key()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegionalRevision.parse("C"));
        assertEquals("unknown regional-parameters revision 'C' (expected one of A, B, RP002-1.0.0, RP002-1.0.1, "
                + "RP002-1.0.2, RP002-1.0.3, RP002-1.0.4)", e.getMessage());
        assertTrue(RP001_1_0_2_A.before(RP002_1_0_0));
        assertFalse(RP002_1_0_4.before(RP002_1_0_4));
    }

    @Test
    void lookupWithoutRevisionIsTheLatest() {
        for (BandId id : BandId.values()) {
            assertSame(Bands.lookup(id), Bands.lookup(id, RegionalRevision.LATEST));
            assertEquals(RP002_1_0_4, Bands.lookup(id).revision());
            Bands.revisions(id).forEach(r -> assertEquals(r, Bands.lookup(id, r).revision()));
        }
    }

    /// TTS `all.go`: AS_923_2/AS_923_3 from RP002_V1_0_1, IN_865_867 from RP001_V1_0_2_REV_B, RU_864_870 from
    /// RP001_V1_0_3_REV_A, CN_470_510_20_A from RP002_V1_0_0 (the older CN_470_510 is a 96-channel plan).
    @Test
    void bandsExistOnlyInTheRevisionsThatDefineThem() {
        Set<RegionalRevision> all = EnumSet.allOf(RegionalRevision.class);
        Set<RegionalRevision> fromRp002 = EnumSet.range(RP002_1_0_0, RP002_1_0_4);
        for (BandId id : List.of(BandId.EU868, BandId.US915, BandId.AU915, BandId.AS923_1, BandId.JP923,
                BandId.KR920)) {
            assertEquals(all, Bands.revisions(id), id.text());
        }
        assertEquals(EnumSet.range(RP001_1_0_2_B, RP002_1_0_4), Bands.revisions(BandId.IN865));
        assertEquals(fromRp002, Bands.revisions(BandId.RU864));
        assertEquals(fromRp002, Bands.revisions(BandId.CN470));
        assertEquals(EnumSet.range(RP002_1_0_1, RP002_1_0_4), Bands.revisions(BandId.AS923_2));
        assertEquals(EnumSet.range(RP002_1_0_1, RP002_1_0_4), Bands.revisions(BandId.AS923_3));
        assertEquals(Optional.empty(), Bands.find(BandId.AS923_2, RP002_1_0_0));

        IllegalArgumentException as2 = assertThrows(IllegalArgumentException.class,
                () -> Bands.lookup(BandId.AS923_2, RP001_1_0_2_B));
        assertEquals("AS923-2 is not defined by regional parameters 1.0.2rB (defined by RP002-1.0.1, RP002-1.0.2, "
                + "RP002-1.0.3, RP002-1.0.4): the AS923 groups 2 and 3 were added by RP002-1.0.1", as2.getMessage());
        IllegalArgumentException cn = assertThrows(IllegalArgumentException.class,
                () -> Bands.lookup(BandId.CN470, RP001_1_0_2_A));
        assertTrue(cn.getMessage().contains("96-channel plan"), cn.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Bands.lookup(BandId.RU864, RP001_1_0_2_B));
        assertThrows(IllegalArgumentException.class, () -> Bands.lookup(BandId.IN865, RP001_1_0_2_A));
    }

    /// LR-FHSS data rates arrive with RP002-1.0.2 (TTS `eu_863_870_rp2_v1_0_1.go` ends at DR7, `rp2_v1_0_2` has
    /// DR8..DR11; likewise US915 DR5/DR6 and AU915 DR7).
    @Test
    void lrFhssDataRatesStartWithRp002v102() {
        for (RegionalRevision r : List.of(RP001_1_0_2_A, RP001_1_0_2_B, RP002_1_0_0, RP002_1_0_1)) {
            Band eu = Bands.lookup(BandId.EU868, r);
            assertEquals(new DrRange(0, 7), eu.uplinkDrs(), r.key());
            assertTrue(eu.dataRate(8).isEmpty());
            assertTrue(eu.rx1DataRate(8, 0).isEmpty());
            Band us = Bands.lookup(BandId.US915, r);
            assertEquals(new DrRange(0, 4), us.uplinkDrs(), r.key());
            assertEquals(4, us.defaultChannels().get(64).maxDr());
            Band au = Bands.lookup(BandId.AU915, r);
            assertTrue(au.dataRate(7).isEmpty(), r.key());
        }
        for (RegionalRevision r : List.of(RP002_1_0_2, RP002_1_0_3, RP002_1_0_4)) {
            assertEquals(new DataRate.LrFhss(137_000, LrFhssCodingRate.CR1_3),
                    Bands.lookup(BandId.EU868, r).dataRate(8).orElseThrow());
            assertEquals(new DrRange(0, 6), Bands.lookup(BandId.US915, r).uplinkDrs());
            assertEquals(new DataRate.LrFhss(1_523_000, LrFhssCodingRate.CR1_3),
                    Bands.lookup(BandId.AU915, r).dataRate(7).orElseThrow());
        }
    }

    /// TX power tables: EU868 1.0.2rA has TXPower 0..5 (TTS `eu_863_870_rp1_v1_0_2.go`); US915/AU915 1.0.2rA/rB stop
    /// at TXPower 10 (TTS `*_rp1_v1_0_2*.go`, LoRaMac-node `AU915_MIN_TX_POWER TX_POWER_10`), RP002 goes to 14;
    /// AS923 1.0.2rA starts at 14 dBm with TXPower 0..5 (TTS `as_923.go`, `regionalParameters1_0_2RevA`); KR920
    /// 1.0.2rA starts at 20 dBm with uneven steps (TTS `kr_920_923_rp1_v1_0_2.go`).
    @Test
    void txPowerTablesOfTheOlderRevisions() {
        Band euA = Bands.lookup(BandId.EU868, RP001_1_0_2_A);
        assertEquals(6.0, euA.txPowerDbm(5).orElseThrow());
        assertTrue(euA.txPowerDbm(6).isEmpty());
        assertEquals(2.0, Bands.lookup(BandId.EU868, RP001_1_0_2_B).txPowerDbm(7).orElseThrow());

        for (BandId id : List.of(BandId.US915, BandId.AU915)) {
            for (RegionalRevision r : List.of(RP001_1_0_2_A, RP001_1_0_2_B)) {
                Band b = Bands.lookup(id, r);
                assertEquals(10.0, b.txPowerDbm(10).orElseThrow(), id + " " + r.key());
                assertTrue(b.txPowerDbm(11).isEmpty(), id + " " + r.key());
            }
            assertEquals(2.0, Bands.lookup(id, RP002_1_0_0).txPowerDbm(14).orElseThrow());
        }

        Band asA = Bands.lookup(BandId.AS923_1, RP001_1_0_2_A);
        assertEquals(14.0, asA.txPowerDbm(0).orElseThrow());
        assertEquals(4.0, asA.txPowerDbm(5).orElseThrow());
        assertTrue(asA.txPowerDbm(6).isEmpty());
        assertEquals(16.0, Bands.lookup(BandId.AS923_1, RP001_1_0_2_B).txPowerDbm(0).orElseThrow());
        assertEquals(14.0, Bands.lookup(BandId.JP923, RP001_1_0_2_A).txPowerDbm(0).orElseThrow());

        Band krA = Bands.lookup(BandId.KR920, RP001_1_0_2_A);
        assertEquals(List.of(20.0, 14.0, 10.0, 8.0, 5.0, 2.0, 0.0),
                java.util.stream.IntStream.range(0, 7).mapToObj(i -> krA.txPowerDbm(i).orElseThrow()).toList());
        assertTrue(krA.txPowerDbm(7).isEmpty());
        assertEquals(14.0, Bands.lookup(BandId.KR920, RP001_1_0_2_B).txPowerDbm(0).orElseThrow());
    }

    /// US915 and AU915 had no CFList in 1.0.2rA/rB (TTS `ImplementsCFList: false` in `*_rp1_v1_0_2*.go`, true from
    /// `*_rp1_v1_0_3_rev_a.go` on).
    @Test
    void usLikeBandsHaveNoCfListIn102() {
        for (BandId id : List.of(BandId.US915, BandId.AU915)) {
            assertEquals(CfListType.NONE, Bands.lookup(id, RP001_1_0_2_A).cfListType());
            assertEquals(CfListType.NONE, Bands.lookup(id, RP001_1_0_2_B).cfListType());
            assertEquals(CfListType.CHANNEL_MASK, Bands.lookup(id, RP002_1_0_0).cfListType());
        }
        assertEquals(CfListType.FREQUENCIES, Bands.lookup(BandId.EU868, RP001_1_0_2_A).cfListType());
        assertThrows(IllegalStateException.class, CfListType.NONE::code);
    }

    /// AU915: 1.0.2rA has the US915-like rates, payload sizes and RX1 table (TTS `au_915_928_rp1_v1_0_2.go`,
    /// `au915928DownlinkDRTableLegacy`; ChirpStack `au915.rs` Revision::A); 1.0.2rB has DR0..DR6 without dwell time (no TxParamSetupReq) and joins at
    /// DR0 (LoRaMac-node `AU915_DEFAULT_DATARATE DR_0`); both beacon on DR10 (TTS), RP002 on DR8 with the 400 ms
    /// uplink dwell time that forbids DR0/DR1.
    @Test
    void au915OfTheOlderRevisions() {
        Band a = Bands.lookup(BandId.AU915, RP001_1_0_2_A);
        assertEquals(new DataRate.LoRa(10, Bandwidth.BW125), a.dataRate(0).orElseThrow());
        assertEquals(new DataRate.LoRa(8, Bandwidth.BW500), a.dataRate(4).orElseThrow());
        // ChirpStack `au915.rs` Revision::A: 19, 61, 134, 250, 250 (TTS has 59, 123, 250, 250, 250).
        assertEquals(new MaxPayload(19, 11), a.maxPayload(0, false).orElseThrow());
        assertEquals(new MaxPayload(134, 126), a.maxPayload(2, false).orElseThrow());
        assertEquals(Optional.of(new JoinDataRates(0, 4)), a.joinDataRates());
        assertEquals(10, a.rx1DataRate(0, 0).orElseThrow());
        assertEquals(11, a.rx1DataRate(4, 3).orElseThrow());
        assertTrue(a.rx1DataRate(0, 4).isEmpty());
        assertEquals(3, a.defaultChannels().get(0).maxDr());
        assertEquals(4, a.defaultChannels().get(71).minDr());

        Band b = Bands.lookup(BandId.AU915, RP001_1_0_2_B);
        assertEquals(DwellTime.NONE, b.dwellTime());
        assertEquals(new MaxPayload(59, 51), b.maxPayload(0, true).orElseThrow());
        assertEquals(Optional.of(new JoinDataRates(0, 6)), b.joinDataRates());
        assertEquals(0, b.joinChannels().get(0).minDr());
        assertEquals(8, b.rx1DataRate(0, 0).orElseThrow());
        assertEquals(10, b.classB().beaconDataRate());
        assertEquals(10, a.classB().beaconDataRate());

        Band rp2 = Bands.lookup(BandId.AU915, RP002_1_0_0);
        assertEquals(new DwellTime(true, false), rp2.dwellTime());
        assertTrue(rp2.maxPayload(0, true).isEmpty());
        assertEquals(Optional.of(new JoinDataRates(2, 6)), rp2.joinDataRates());
        assertEquals(8, rp2.classB().beaconDataRate());
    }

    /// AS923 and IN865 capped the RX1 data rate at DR5 before RP002-1.0.0 (TTS `as_923_rp1_v1_0_2{,_rev_b}.go` and
    /// `in_865_867_rp1_v1_0_2_rev_b.go`: `si >= 5` gives DR5; the `rp2_v1_0_0` files cap at DR7).
    @Test
    void as923Rx1CapBeforeRp002() {
        for (RegionalRevision r : List.of(RP001_1_0_2_A, RP001_1_0_2_B)) {
            Band as = Bands.lookup(BandId.AS923_1, r);
            assertEquals(5, as.rx1DataRate(5, 6).orElseThrow(), r.key());
            assertEquals(5, as.rx1DataRate(7, 0).orElseThrow(), r.key());
            assertEquals(2, as.rx1DataRate(2, 5, true).orElseThrow(), r.key());
            assertEquals(5, Bands.lookup(BandId.JP923, r).rx1DataRate(4, 7).orElseThrow(), r.key());
        }
        assertEquals(6, Bands.lookup(BandId.AS923_1, RP002_1_0_0).rx1DataRate(5, 6).orElseThrow());
    }

    /// AS923 DR2 without dwell time: 59 bytes in 1.0.2rA/rB and RP002-1.0.0, 123 from RP002-1.0.1 (ChirpStack
    /// `as923.rs` tables per Revision; TTS `as_923_rp2_v1_0_0.go` 59, `as_923_rp2_v1_0_1.go` 123). The 400 ms
    /// dwell-time limit (19 bytes) is the same in all.
    @Test
    void as923Dr2PayloadGrowsWithRp002v101() {
        for (RegionalRevision r : List.of(RP001_1_0_2_A, RP001_1_0_2_B, RP002_1_0_0)) {
            assertEquals(new MaxPayload(59, 51), Bands.lookup(BandId.AS923_1, r).maxPayload(2, false).orElseThrow());
            assertEquals(new MaxPayload(19, 11), Bands.lookup(BandId.AS923_1, r).maxPayload(2, true).orElseThrow());
        }
        for (RegionalRevision r : List.of(RP002_1_0_1, RP002_1_0_2, RP002_1_0_4)) {
            assertEquals(new MaxPayload(123, 115), Bands.lookup(BandId.AS923_1, r).maxPayload(2, false).orElseThrow());
            assertEquals(new MaxPayload(123, 115), Bands.lookup(BandId.JP923, r).maxPayload(2, false).orElseThrow());
        }
        assertEquals(new MaxPayload(123, 115), Bands.lookup(BandId.AS923_2, RP002_1_0_1).maxPayload(2, false)
                .orElseThrow());
    }

    @Test
    void in865Rx1CapBeforeRp002() {
        Band inB = Bands.lookup(BandId.IN865, RP001_1_0_2_B);
        assertEquals(5, inB.rx1DataRate(7, 0).orElseThrow());
        assertEquals(5, inB.rx1DataRate(5, 7).orElseThrow());
        assertEquals(7, Bands.lookup(BandId.IN865, RP002_1_0_0).rx1DataRate(7, 0).orElseThrow());
    }

    /// CN470 (20 MHz, type A): RP002-1.0.0 has DR0..DR5 (SF12..SF7; 59, 59, 59, 123, 250, 250 bytes) and RX2 at DR0
    /// (TTS `cn_470_510_20_a_rp2_v1_0_0.go`, ChirpStack `cn470.rs` `Revision::RP002_1_0_0`); from RP002-1.0.1 DR0
    /// carries no payload, DR6 (SF7/500 kHz) and DR7 (FSK) exist and RX2 is DR1 (LoRaMac-node `RegionCN470.h`,
    /// `REGION_VERSION` 0x02010001). DR3 allows 192 bytes, 172 when repeater compatible (LoRaMac-node
    /// `MaxPayloadOfDatarateCN470` N = 184 / `...RepeaterCN470` N = 164).
    @Test
    void cn470BeforeAndAfterRp002v101() {
        Band v100 = Bands.lookup(BandId.CN470, RP002_1_0_0);
        assertEquals(new MaxPayload(59, 51), v100.maxPayload(0, false).orElseThrow());
        assertEquals(new MaxPayload(123, 115), v100.maxPayload(3, false).orElseThrow());
        assertEquals(new MaxPayload(230, 222), v100.maxPayload(5, false, true).orElseThrow());
        assertTrue(v100.dataRate(6).isEmpty());
        assertEquals(new Rx2(486_900_000, 0), v100.rx2());
        assertEquals(0, v100.rx1DataRate(3, 5).orElseThrow());
        assertEquals(0, v100.joinChannels().getFirst().minDr());
        for (RegionalRevision r : List.of(RP002_1_0_1, RP002_1_0_2, RP002_1_0_4)) {
            Band cn = Bands.lookup(BandId.CN470, r);
            assertTrue(cn.dataRate(0).isEmpty(), r.key());
            assertEquals(new DataRate.LoRa(7, Bandwidth.BW500), cn.dataRate(6).orElseThrow());
            assertEquals(new Rx2(486_900_000, 1), cn.rx2());
            assertEquals(new MaxPayload(192, 184), cn.maxPayload(3, false).orElseThrow());
            assertEquals(new MaxPayload(172, 164), cn.maxPayload(3, false, true).orElseThrow());
        }
    }

    /// The facts that stay the same through every revision: default channels, RX2, beacon settings.
    @Test
    void defaultsCommonToEveryRevision() {
        for (RegionalRevision r : Bands.revisions(BandId.EU868)) {
            Band eu = Bands.lookup(BandId.EU868, r);
            assertEquals(Bands.lookup(BandId.EU868).defaultChannels(), eu.defaultChannels(), r.key());
            assertEquals(new Rx2(869_525_000, 0), eu.rx2());
            assertEquals(3, eu.classB().beaconDataRate());
        }
        for (RegionalRevision r : Bands.revisions(BandId.US915)) {
            Band us = Bands.lookup(BandId.US915, r);
            assertEquals(new Rx2(923_300_000, 8), us.rx2(), r.key());
            assertEquals(Optional.of(new JoinDataRates(0, 4)), us.joinDataRates());
            assertEquals(new DwellTime(true, false), us.dwellTime());
        }
        for (RegionalRevision r : Bands.revisions(BandId.AS923_1)) {
            assertEquals(new DwellTime(true, true), Bands.lookup(BandId.AS923_1, r).dwellTime(), r.key());
            assertTrue(Bands.lookup(BandId.JP923, r).lbt().isPresent());
        }
        Band as2 = Bands.lookup(BandId.AS923_2, RP002_1_0_1);
        assertEquals(921_400_000L, as2.defaultChannels().getFirst().frequencyHz());
        assertEquals(Bands.lookup(BandId.AS923_1, RP002_1_0_1).rx1DrTable(), as2.rx1DrTable());
        assertEquals(Bands.lookup(BandId.RU864).dataRates(), Bands.lookup(BandId.RU864, RP002_1_0_0).dataRates());
    }
}
