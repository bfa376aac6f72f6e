// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import lorabench.lorawan.types.Direction;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// Properties every band must have (TTS `TestFindSubBand` and friends), checked over every band of every revision
/// ([Bands#allRevisions()]).
class BandInvariantsTest {
    static Stream<Named<Band>> bands() {
        return Bands.allRevisions().stream().map(b -> Named.of(b.id() + " " + b.revision().key(), b));
    }

    @ParameterizedTest
    @MethodSource("bands")
    void everyDefaultAndJoinChannelLiesInASubBand(Band band) {
        for (Channel c : band.defaultChannels()) {
            assertTrue(band.subBandFor(c.frequencyHz()).isPresent(), band.id() + " " + c);
        }
        for (Channel c : band.joinChannels()) {
            assertTrue(band.subBandFor(c.frequencyHz()).isPresent(), band.id() + " " + c);
        }
    }

    @ParameterizedTest
    @MethodSource("bands")
    void downlinkFrequenciesLieInTheBand(Band band) {
        assertTrue(band.subBandFor(band.rx2().frequencyHz()).isPresent(), band.id() + " RX2");
        band.rx1Frequency().downlinkChannelsHz().forEach(f -> assertTrue(band.subBandFor(f).isPresent()));
        band.classB().beaconFrequenciesHz().forEach(f -> assertTrue(band.subBandFor(f).isPresent()));
        band.classB().pingSlotFrequenciesHz().forEach(f -> assertTrue(band.subBandFor(f).isPresent()));
        assertTrue(band.dataRate(band.rx2().dataRate()).isPresent());
        assertTrue(band.downlinkDrs().contains(band.rx2().dataRate()));
        assertTrue(band.downlinkDrs().contains(band.classB().beaconDataRate()));
    }

    @ParameterizedTest
    @MethodSource("bands")
    void dataRateRangesAreContiguousExceptRfu(Band band) {
        // IN865 DR6 is RFU (RP002-1.0.4 §2.10.3); every other range is gap-free.
        Set<Integer> rfu = band.id() == BandId.IN865 ? Set.of(6) : Set.of();
        for (DrRange r : List.of(band.uplinkDrs(), band.downlinkDrs())) {
            for (int dr = r.min(); dr <= r.max(); dr++) {
                assertEquals(!rfu.contains(dr), band.dataRates().containsKey(dr), band.id() + " DR" + dr);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bands")
    void loRaPayloadGrowsWithTheDataRate(Band band) {
        int previousSf = 13;
        int previousM = 0;
        for (int dr = band.uplinkDrs().min(); dr <= band.uplinkDrs().max(); dr++) {
            if (band.dataRate(dr).orElse(null) instanceof DataRate.LoRa(int sf, Bandwidth bw) && bw == Bandwidth.BW125) {
                int m = band.maxPayload(dr, false).orElseThrow().m();
                assertTrue(sf < previousSf, band.id() + " SF order at DR" + dr);
                assertTrue(m >= previousM, band.id() + " payload order at DR" + dr);
                previousSf = sf;
                previousM = m;
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bands")
    void payloadColumnsAreConsistent(Band band) {
        band.dataRates().forEach((dr, spec) -> {
            PayloadLimits p = spec.maxPayload();
            assertTrue(p.noDwellRepeater().m() <= p.noDwell().m());
            assertTrue(p.noDwellRepeater().m() <= PayloadLimits.REPEATER_MAX_M);
            p.dwell().ifPresent(d -> assertTrue(d.m() <= p.noDwell().m(), band.id() + " DR" + dr));
            assertEquals(p.dwell().isPresent(), p.dwellRepeater().isPresent());
        });
    }

    @ParameterizedTest
    @MethodSource("bands")
    void rx1DataRatesAreDownlinkDataRates(Band band) {
        for (boolean dwell : new boolean[] {false, true}) {
            for (int up = band.uplinkDrs().min(); up <= band.uplinkDrs().max(); up++) {
                if (!band.dataRates().containsKey(up)) {
                    continue;
                }
                for (int off = 0; off < band.rx1DrTable().offsets(); off++) {
                    int dr = band.rx1DataRate(up, off, dwell).orElseThrow();
                    assertTrue(band.downlinkDrs().contains(dr) && band.dataRates().containsKey(dr),
                            band.id() + " DR" + up + " offset " + off + " -> DR" + dr);
                }
            }
        }
        assertFalse(band.rx1DataRate(band.uplinkDrs().min(), band.rx1DrTable().offsets()).isPresent());
    }

    @ParameterizedTest
    @MethodSource("bands")
    void dataRateNamesRoundTrip(Band band) {
        band.dataRates().forEach((dr, spec) -> {
            assertEquals(spec.dataRate(), DataRate.parse(spec.dataRate().name()));
            Direction dir = band.uplinkDrs().contains(dr) ? Direction.UPLINK : Direction.DOWNLINK;
            assertEquals(dr, band.dataRateIndex(spec.dataRate(), dir).orElseThrow(), band.id() + " DR" + dr);
        });
    }

    @ParameterizedTest
    @MethodSource("bands")
    void channelsAndPowersAreWellFormed(Band band) {
        assertTrue(band.defaultChannels().size() <= band.maxChannels());
        assertTrue(band.chMaskScheme().channels() >= band.maxChannels());
        for (Channel c : band.defaultChannels()) {
            assertTrue(band.uplinkDrs().contains(c.minDr()) && band.uplinkDrs().contains(c.maxDr()));
        }
        List<Double> offsets = band.txPower().offsetsDb();
        for (int i = 1; i < offsets.size(); i++) {
            assertTrue(offsets.get(i) < offsets.get(i - 1), band.id() + " TXPower " + i);
        }
        assertEquals(MacTiming.DEFAULT, band.timing());
    }
}
