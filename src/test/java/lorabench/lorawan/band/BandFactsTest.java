// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Direction;
import org.junit.jupiter.api.Test;

/// Well-known facts of RP002-1.0.4, asserted directly (independently of the golden files).
class BandFactsTest {
    private static List<Long> frequencies(List<Channel> channels) {
        return channels.stream().map(Channel::frequencyHz).toList();
    }

    @Test
    void eu868DefaultsAndRx2() {
        Band eu = Bands.lookup(BandId.EU868);
        assertEquals(List.of(868_100_000L, 868_300_000L, 868_500_000L), frequencies(eu.defaultChannels()));
        assertEquals(new Rx2(869_525_000, 0), eu.rx2());
        assertEquals(new MaxPayload(59, 51), eu.maxPayload(0, false).orElseThrow());
        assertEquals(new MaxPayload(250, 242), eu.maxPayload(5, false).orElseThrow());
        assertEquals(new MaxPayload(230, 222), eu.maxPayload(5, false, true).orElseThrow());
        assertEquals(3, eu.rx1DataRate(5, 2).orElseThrow());
        assertEquals(0, eu.rx1DataRate(2, 5).orElseThrow());
        assertEquals(868_300_000L, eu.rx1Frequency(868_300_000).orElseThrow());
        assertEquals(16.0, eu.txPowerDbm(0).orElseThrow());
        assertEquals(2.0, eu.txPowerDbm(7).orElseThrow());
        assertTrue(eu.txPowerDbm(8).isEmpty());
        // TXPower 0 is offset +0.0 (not -0.0), so snapshots and exports print 0.0
        assertEquals(0, Double.compare(0.0, eu.txPower().offsetsDb().getFirst()));
        assertEquals(0, Double.compare(0.0, new TxPower(14, List.of(-0.0, -2.0)).offsetsDb().getFirst()));
        assertEquals("M (g1)", eu.subBandFor(868_100_000).orElseThrow().name());
        assertEquals(0.1, eu.subBandFor(869_525_000).orElseThrow().dutyCycle());
        assertEquals(0.001, eu.subBandFor(868_800_000).orElseThrow().dutyCycle());
        assertTrue(eu.subBandFor(869_300_000).isEmpty());
        assertEquals(CfListType.FREQUENCIES, eu.cfListType());
        assertEquals(Duration.ofSeconds(5), eu.timing().joinAcceptDelay1());
        assertEquals(6, eu.dataRateIndex("SF7BW250", Direction.UPLINK).orElseThrow());
        assertEquals(new DataRate.Fsk(50_000), eu.dataRateOf("50000"));
        assertThrows(IllegalArgumentException.class, () -> eu.dataRateOf("SF8BW500"));
    }

    @Test
    void us915ChannelsAndRx1Formula() {
        Band us = Bands.lookup(BandId.US915);
        assertEquals(72, us.defaultChannels().size());
        assertEquals(902_300_000L, us.defaultChannels().get(0).frequencyHz());
        assertEquals(914_900_000L, us.defaultChannels().get(63).frequencyHz());
        assertEquals(903_000_000L, us.defaultChannels().get(64).frequencyHz());
        assertEquals(914_200_000L, us.defaultChannels().get(71).frequencyHz());
        // RX1 = 923.3 MHz + 600 kHz × (uplink channel mod 8)
        for (int ch = 0; ch < 72; ch++) {
            long up = us.defaultChannels().get(ch).frequencyHz();
            assertEquals(923_300_000L + 600_000L * (ch % 8), us.rx1Frequency(up).orElseThrow(), "channel " + ch);
        }
        assertTrue(us.rx1Frequency(868_100_000).isEmpty());
        assertEquals(new MaxPayload(19, 11), us.maxPayload(0, false).orElseThrow());
        assertEquals(new MaxPayload(41, 33), us.maxPayload(8, false, true).orElseThrow());
        assertEquals(10, us.rx1DataRate(0, 0).orElseThrow());
        assertEquals(13, us.rx1DataRate(4, 0).orElseThrow());
        assertEquals(8, us.rx1DataRate(0, 3).orElseThrow());
        assertEquals(new Rx2(923_300_000, 8), us.rx2());
        assertEquals(4, us.dataRateIndex("SF8BW500", Direction.UPLINK).orElseThrow());
        assertEquals(12, us.dataRateIndex("SF8BW500", Direction.DOWNLINK).orElseThrow());
        assertEquals(Optional.of(new JoinDataRates(0, 4)), us.joinDataRates());
        assertEquals(0, us.joinChannels().get(0).maxDr());
        assertEquals(4, us.joinChannels().get(64).minDr());
        assertEquals(CfListType.CHANNEL_MASK, us.cfListType());
        assertEquals(ChMaskScheme.US_72, us.chMaskScheme());
        assertEquals(30.0, us.txPowerDbm(0).orElseThrow());
        assertEquals(2.0, us.txPowerDbm(14).orElseThrow());
        assertEquals(8, us.classB().beaconFrequenciesHz().size());
    }

    @Test
    void au915UsesTheSameDownlinkChannelsAndDwellTime() {
        Band au = Bands.lookup(BandId.AU915);
        assertEquals(915_200_000L, au.defaultChannels().get(0).frequencyHz());
        assertEquals(915_900_000L, au.defaultChannels().get(64).frequencyHz());
        assertEquals(923_900_000L, au.rx1Frequency(915_400_000).orElseThrow());
        assertTrue(au.maxPayload(0, true).isEmpty());
        assertEquals(new MaxPayload(19, 11), au.maxPayload(2, true).orElseThrow());
        assertEquals(new MaxPayload(59, 51), au.maxPayload(2, false).orElseThrow());
        assertEquals(Optional.of(new JoinDataRates(2, 6)), au.joinDataRates());
        assertEquals(8, au.rx1DataRate(0, 0).orElseThrow());
        assertEquals(13, au.rx1DataRate(5, 0).orElseThrow());
    }

    @Test
    void as923DwellTimeLimitsAndGroups() {
        Band as = Bands.lookup(BandId.AS923_1);
        assertEquals(List.of(923_200_000L, 923_400_000L), frequencies(as.defaultChannels()));
        assertEquals(new Rx2(923_200_000, 2), as.rx2());
        assertTrue(as.dwellTime().uplink() && as.dwellTime().downlink());
        assertTrue(as.maxPayload(0, true).isEmpty());
        assertTrue(as.maxPayload(1, true).isEmpty());
        assertEquals(new MaxPayload(19, 11), as.maxPayload(2, true).orElseThrow());
        assertEquals(new MaxPayload(61, 53), as.maxPayload(3, true).orElseThrow());
        assertEquals(new MaxPayload(133, 125), as.maxPayload(4, true).orElseThrow());
        assertEquals(new MaxPayload(250, 242), as.maxPayload(5, true).orElseThrow());
        // Negative offsets (6 → −1, 7 → −2) and the DR2 floor under downlink dwell time.
        assertEquals(6, as.rx1DataRate(5, 6).orElseThrow());
        assertEquals(7, as.rx1DataRate(5, 7).orElseThrow());
        assertEquals(0, as.rx1DataRate(2, 5, false).orElseThrow());
        assertEquals(2, as.rx1DataRate(2, 5, true).orElseThrow());

        Band as2 = Bands.lookup(BandId.AS923_2);
        assertEquals(List.of(921_400_000L, 921_600_000L), frequencies(as2.defaultChannels()));
        assertEquals(921_400_000L, as2.rx2().frequencyHz());
        assertEquals(as.dataRates(), as2.dataRates());
        Band as3 = Bands.lookup(BandId.AS923_3);
        assertEquals(List.of(916_600_000L, 916_800_000L), frequencies(as3.defaultChannels()));
        assertEquals(916_800_000L, as3.classB().beaconFrequenciesHz().getFirst());

        Band jp = Bands.lookup(BandId.JP923);
        assertEquals(as.defaultChannels(), jp.defaultChannels());
        assertEquals(new Lbt(-80, Duration.ofMillis(5)), jp.lbt().orElseThrow());
        assertTrue(as.lbt().isEmpty());
    }

    @Test
    void kr920In865Ru864Defaults() {
        Band kr = Bands.lookup(BandId.KR920);
        assertEquals(List.of(922_100_000L, 922_300_000L, 922_500_000L), frequencies(kr.defaultChannels()));
        assertEquals(new Rx2(921_900_000, 0), kr.rx2());
        assertTrue(kr.lbt().isPresent());
        assertEquals(14.0, kr.txPowerDbm(0).orElseThrow());

        Band in = Bands.lookup(BandId.IN865);
        assertEquals(List.of(865_062_500L, 865_402_500L, 865_985_000L), frequencies(in.defaultChannels()));
        assertEquals(new Rx2(866_550_000, 2), in.rx2());
        assertFalse(in.dataRate(6).isPresent());
        assertEquals(5, in.rx1DataRate(5, 6).orElseThrow());
        assertEquals(2, in.rx1DataRate(0, 7).orElseThrow());
        assertEquals(10.0, in.txPowerDbm(10).orElseThrow());

        Band ru = Bands.lookup(BandId.RU864);
        assertEquals(List.of(868_900_000L, 869_100_000L), frequencies(ru.defaultChannels()));
        assertEquals(new Rx2(869_100_000, 0), ru.rx2());
        assertEquals(List.of(868_900_000L), ru.classB().pingSlotFrequenciesHz());
    }

    /// The whole RX1 data-rate table of IN865 (RP002-1.0.4 §2.10.7, as LoRaMac-node `RegionIN865.h` holds it for
    /// RP002: `EffectiveRx1DrOffsetIN865[8][8]`): offsets 6 and 7 raise the rate, DR6 is RFU and is skipped.
    @Test
    void in865Rx1TableIsTheRp002Table() {
        int[][] table = {
            {0, 0, 0, 0, 0, 0, 1, 2}, {1, 0, 0, 0, 0, 0, 2, 3}, {2, 1, 0, 0, 0, 0, 3, 4}, {3, 2, 1, 0, 0, 0, 4, 5},
            {4, 3, 2, 1, 0, 0, 5, 5}, {5, 4, 3, 2, 1, 0, 5, 7}, null, {7, 5, 5, 4, 3, 2, 7, 7}};
        assertRx1Table(Bands.lookup(BandId.IN865), table);
    }

    /// The RX1 data-rate table of CN470 (RP002-1.0.4 §2.6.7, LoRaMac-node `DatarateOffsetsCN470` for RP002):
    /// DR1 is the floor (DR0 carries no payload).
    @Test
    void cn470Rx1TableIsTheRp002Table() {
        int[][] table = {
            null, {1, 1, 1, 1, 1, 1}, {2, 1, 1, 1, 1, 1}, {3, 2, 1, 1, 1, 1}, {4, 3, 2, 1, 1, 1},
            {5, 4, 3, 2, 1, 1}, {6, 5, 4, 3, 2, 1}, {7, 6, 5, 4, 3, 2}};
        assertRx1Table(Bands.lookup(BandId.CN470), table);
    }

    private static void assertRx1Table(Band band, int[][] table) {
        for (int dr = 0; dr < table.length; dr++) {
            if (table[dr] == null) {
                assertTrue(band.rx1DataRate(dr, 0).isEmpty(), band.id() + " DR" + dr + " is not an uplink rate");
                continue;
            }
            for (int offset = 0; offset < table[dr].length; offset++) {
                assertEquals(table[dr][offset], band.rx1DataRate(dr, offset).orElseThrow(),
                        band.id() + " DR" + dr + " offset " + offset);
            }
            assertTrue(band.rx1DataRate(dr, table[dr].length).isEmpty(), band.id() + " offset past the table");
        }
    }

    @Test
    void cn470TwentyMegahertzTypeA() {
        Band cn = Bands.lookup(BandId.CN470);
        assertEquals(64, cn.defaultChannels().size());
        assertEquals(470_300_000L, cn.defaultChannels().get(0).frequencyHz());
        assertEquals(476_500_000L, cn.defaultChannels().get(31).frequencyHz());
        assertEquals(503_500_000L, cn.defaultChannels().get(32).frequencyHz());
        assertEquals(509_700_000L, cn.defaultChannels().get(63).frequencyHz());
        // RX1 on the downlink channel of the same index (LoRaMac-node join-channel table: 470.9 → 484.5 MHz).
        assertEquals(484_500_000L, cn.rx1Frequency(470_900_000).orElseThrow());
        assertEquals(490_900_000L, cn.rx1Frequency(504_100_000).orElseThrow());
        assertEquals(new Rx2(486_900_000, 1), cn.rx2());
        assertFalse(cn.dataRate(0).isPresent());
        assertEquals(new MaxPayload(31, 23), cn.maxPayload(1, false).orElseThrow());
        assertEquals(new MaxPayload(192, 184), cn.maxPayload(3, false).orElseThrow());
        assertEquals(1, cn.rx1DataRate(3, 5).orElseThrow());
        assertEquals(8, cn.joinChannels().size());
        assertEquals(19.15, cn.txPowerDbm(0).orElseThrow());
    }

    @Test
    void bandIdAcceptsCommonSpellings() {
        assertEquals(BandId.EU868, BandId.parse("EU868"));
        assertEquals(BandId.EU868, BandId.parse("eu863-870"));
        assertEquals(BandId.EU868, BandId.parse("EU_863_870"));
        assertEquals(BandId.US915, BandId.parse("US902-928"));
        assertEquals(BandId.AS923_1, BandId.parse("AS923"));
        assertEquals(BandId.AS923_1, BandId.parse("AS923-1"));
        assertEquals(BandId.AS923_2, BandId.parse("AS923_2"));
        assertEquals(BandId.AS923_3, BandId.parse("as923-3"));
        assertEquals(BandId.JP923, BandId.parse("AS923-JP"));
        assertEquals(BandId.KR920, BandId.parse("KR920-923"));
        assertEquals(BandId.CN470, BandId.parse("CN470-510"));
        assertEquals(BandId.IN865, BandId.parse("IN865 MHz"));
        for (BandId id : BandId.values()) {
            assertEquals(id, BandId.parse(id.text()));
            assertEquals(id, Bands.lookup(id).id());
        }
        assertThrows(IllegalArgumentException.class, () -> BandId.parse("EU433X"));
        assertEquals(BandId.values().length, Bands.all().size());
    }

    @Test
    void dataRateParsing() {
        assertEquals(new DataRate.LoRa(7, Bandwidth.BW125), DataRate.parse("SF7BW125"));
        assertEquals(new DataRate.LoRa(12, Bandwidth.BW500), DataRate.parse("sf12bw500"));
        assertEquals(new DataRate.LrFhss(1_523_000, LrFhssCodingRate.CR2_3),
                DataRate.parse("LR-FHSS-OCW1523-CR2/3"));
        assertThrows(IllegalArgumentException.class, () -> DataRate.parse("SF7BW126"));
        assertThrows(IllegalArgumentException.class, () -> DataRate.parse("SF13BW125"));
        assertThrows(IllegalArgumentException.class, () -> DataRate.parse("fast"));
        assertEquals("SF9BW125", new DataRate.LoRa(9, Bandwidth.BW125).name());
        assertEquals(CodingRate.CR4_7, CodingRate.parse("4/7"));
    }
}
