// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.radio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lorabench.clock.VirtualTimeScheduler;
import lorabench.lorawan.band.Bandwidth;
import lorabench.lorawan.band.DataRate;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class RadioMediumTest {
    static final Position ORIGIN = new Position(45.0, 5.0, 0);
    static final DataRate.LoRa SF7 = new DataRate.LoRa(7, Bandwidth.BW125);
    static final DataRate.LoRa SF12 = new DataRate.LoRa(12, Bandwidth.BW125);
    static final Bytes FRAME = Bytes.fromHex("40010203040000010001AABBCCDD");

    /// A receiver that listens to every uplink and records what it gets.
    static class Probe implements RadioReceiver {
        final List<Reception> got = new ArrayList<>();
        final Position position;

        Probe(Position position) {
            this.position = position;
        }

        @Override
        public NodeId id() {
            return NodeId.gateway(new Eui64(1));
        }

        @Override
        public Position position() {
            return position;
        }

        @Override
        public boolean listens(Transmission t) {
            return t.kind() == TransmissionKind.UPLINK;
        }

        @Override
        public void onReceive(Reception r) {
            got.add(r);
        }
    }

    private final VirtualTimeScheduler scheduler = new VirtualTimeScheduler(Instant.parse("2026-01-01T00:00:00Z"));

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/vectors/sim-link-budget.csv", numLinesToSkip = 0, delimiter = ',')
    void linkBudgetMatchesTheFormula(String name, double distance, double exponent, double txDbm, double rssi,
            double snr) {
        RadioMedium m = new RadioMedium(scheduler, 1, PathLossModel.deterministic(exponent));
        Probe p = new Probe(ORIGIN.east(distance));
        m.attach(p);
        Transmission t = m.transmit(NodeId.device(new Eui64(9)), TransmissionKind.UPLINK, ORIGIN, 868_100_000, SF7,
                txDbm, FRAME);
        assertEquals(rssi, m.rssiDbm(t, p), 0.01);
        double noise = LinkBudget.noiseFloorDbm(125_000, 6);
        assertEquals(snr, m.rssiDbm(t, p) - noise, 0.01);
        assertEquals(distance, ORIGIN.distanceTo(ORIGIN.east(distance)), 1e-6 * distance + 1e-9);
    }

    @Test
    void theReportedSnrIsCappedAndInQuarterDecibelsWhileReceptionUsesTheTrueValue() {
        RadioMedium m = new RadioMedium(scheduler, 1, PathLossModel.deterministic(2.7));
        Probe near = new Probe(ORIGIN.east(50));
        m.attach(near);
        Transmission t = m.transmit(NodeId.device(new Eui64(9)), TransmissionKind.UPLINK, ORIGIN, 868_100_000, SF7,
                14, FRAME);
        double trueSnr = m.rssiDbm(t, near) - LinkBudget.noiseFloorDbm(125_000, 6);
        assertTrue(trueSnr > 30, "50 m from the gateway the link budget gives " + trueSnr + " dB");
        assertEquals(14.0, m.linkBudget(t, near).orElseThrow().snrDb());

        assertEquals(-7.5, LinkBudget.reportedSnrDb(-7.4));
        assertEquals(-7.25, LinkBudget.reportedSnrDb(-7.3));
        assertEquals(9.75, LinkBudget.reportedSnrDb(9.8));
        assertEquals(14.0, LinkBudget.reportedSnrDb(47.3));
    }

    @Test
    void sensitivityAndSnrLimitsPerSpreadingFactor() {
        assertEquals(-124.53, LinkBudget.sensitivityDbm(SF7, 6), 0.01);
        assertEquals(-137.03, LinkBudget.sensitivityDbm(SF12, 6), 0.01);
        assertEquals(-7.5, LinkBudget.snrLimitDb(7));
        assertEquals(-20, LinkBudget.snrLimitDb(12));
        assertEquals(-118.51, LinkBudget.sensitivityDbm(new DataRate.LoRa(7, Bandwidth.BW500), 6), 0.01);
    }

    @Test
    void farDevicesAreHeardAtSf12ButNotAtSf7() {
        RadioMedium m = new RadioMedium(scheduler, 1, PathLossModel.deterministic(2.7));
        Probe p = new Probe(ORIGIN.east(10_000));
        m.attach(p);
        // 10 km at n = 2.7: RSSI = 14 - 139.2 = -125.2 dBm, below SF7's -124.5 and above SF12's -137.0
        m.transmit(NodeId.device(new Eui64(2)), TransmissionKind.UPLINK, ORIGIN, 868_100_000, SF7, 14, FRAME);
        scheduler.runUntil(scheduler.instant().plusSeconds(5));
        assertEquals(0, p.got.size());
        m.transmit(NodeId.device(new Eui64(2)), TransmissionKind.UPLINK, ORIGIN, 868_100_000, SF12, 14, FRAME);
        scheduler.runUntil(scheduler.instant().plusSeconds(5));
        assertEquals(1, p.got.size());
        assertEquals(1, m.stats().belowSensitivity());
    }

    @Test
    void receiversAreAskedOnlyForTheKindsTheyHear() {
        RadioMedium m = new RadioMedium(scheduler, 1, PathLossModel.deterministic(2.7));
        List<TransmissionKind> asked = new ArrayList<>();
        Probe downlinkOnly = new Probe(ORIGIN.east(100)) {
            @Override
            public boolean hears(TransmissionKind kind) {
                return kind != TransmissionKind.UPLINK;
            }

            @Override
            public boolean listens(Transmission t) {
                asked.add(t.kind());
                return true;
            }
        };
        Probe gateway = new Probe(ORIGIN.east(100));
        m.attach(downlinkOnly);
        m.attach(gateway);
        m.transmit(NodeId.device(new Eui64(2)), TransmissionKind.UPLINK, ORIGIN, 868_100_000, SF7, 14, FRAME);
        m.transmit(NodeId.gateway(new Eui64(3)), TransmissionKind.DOWNLINK, ORIGIN, 869_525_000, SF12, 14, FRAME);
        scheduler.runUntil(scheduler.instant().plusSeconds(5));
        assertEquals(List.of(TransmissionKind.DOWNLINK), asked);
        assertEquals(1, gateway.got.size());
        assertEquals(TransmissionKind.DOWNLINK, downlinkOnly.got.getFirst().transmission().kind());
        m.detach(downlinkOnly);
        m.transmit(NodeId.gateway(new Eui64(3)), TransmissionKind.DOWNLINK, ORIGIN, 869_525_000, SF12, 14, FRAME);
        scheduler.runUntil(scheduler.instant().plusSeconds(5));
        assertEquals(1, asked.size());
    }

    /// A downlink-only probe that records in `asked` (by name) when the medium asks it.
    private static Probe downlinkProbe(String name, List<String> asked, boolean windowed) {
        return new Probe(ORIGIN.east(100)) {
            @Override
            public boolean hears(TransmissionKind kind) {
                return kind != TransmissionKind.UPLINK;
            }

            @Override
            public boolean tunedInWindowsOnly() {
                return windowed;
            }

            @Override
            public boolean listens(Transmission t) {
                asked.add(name);
                return true;
            }
        };
    }

    @Test
    void windowedReceiversAreAskedOnlyUntilTheirAnnouncedWindowClosesAndInAttachOrder() {
        RadioMedium m = new RadioMedium(scheduler, 1, PathLossModel.deterministic(2.7));
        List<String> asked = new ArrayList<>();
        Probe a = downlinkProbe("a", asked, true);
        Probe always = downlinkProbe("always", asked, false);
        Probe b = downlinkProbe("b", asked, true);
        m.attach(a);
        m.attach(always);
        m.attach(b);
        NodeId gw = NodeId.gateway(new Eui64(3));
        m.transmit(gw, TransmissionKind.DOWNLINK, ORIGIN, 869_525_000, SF7, 14, FRAME);
        assertEquals(List.of("always"), asked);
        Instant now = scheduler.instant();
        m.listenUntil(b, now.plusSeconds(2));
        m.listenUntil(a, now.plusSeconds(1));
        m.listenUntil(a, now.plusMillis(500)); // an earlier close does not shorten the announced listening
        asked.clear();
        m.transmit(gw, TransmissionKind.DOWNLINK, ORIGIN, 869_525_000, SF7, 14, FRAME);
        assertEquals(List.of("a", "always", "b"), asked);
        scheduler.runUntil(now.plusMillis(1500));
        asked.clear();
        m.transmit(gw, TransmissionKind.BEACON, ORIGIN, 869_525_000, SF7, 14, FRAME);
        assertEquals(List.of("always", "b"), asked);
        scheduler.runUntil(now.plusSeconds(3));
        asked.clear();
        m.transmit(gw, TransmissionKind.DOWNLINK, ORIGIN, 869_525_000, SF7, 14, FRAME);
        assertEquals(List.of("always"), asked);
        m.listenUntil(always, now.plusSeconds(10)); // ignored: not a windowed receiver
        m.detach(b);
        m.listenUntil(b, now.plusSeconds(10)); // ignored: detached
        asked.clear();
        m.transmit(gw, TransmissionKind.DOWNLINK, ORIGIN, 869_525_000, SF7, 14, FRAME);
        assertEquals(List.of("always"), asked);
    }

    private List<Reception> collide(double nearM, double farM, DataRate.LoRa second, long secondFreq, Duration gap) {
        RadioMedium m = new RadioMedium(scheduler, 1, PathLossModel.deterministic(2.7));
        Probe p = new Probe(ORIGIN);
        m.attach(p);
        m.transmit(NodeId.device(new Eui64(1)), TransmissionKind.UPLINK, ORIGIN.east(nearM), 868_100_000, SF7, 14,
                FRAME);
        scheduler.runUntil(scheduler.instant().plus(gap));
        m.transmit(NodeId.device(new Eui64(2)), TransmissionKind.UPLINK, ORIGIN.east(farM), secondFreq, second, 14,
                FRAME);
        scheduler.runUntil(scheduler.instant().plusSeconds(5));
        return p.got;
    }

    @Test
    void captureEffectKeepsTheStrongerPacketWhenSixDbAbove() {
        // 100 m vs 1000 m: 27 dB apart
        List<Reception> got = collide(100, 1000, SF7, 868_100_000, Duration.ofMillis(10));
        assertEquals(1, got.size());
        assertEquals(new Eui64(1), got.getFirst().transmission().sender().eui());
    }

    @Test
    void packetsWithinSixDbDestroyEachOther() {
        // 1000 m vs 1200 m: 2.1 dB apart
        assertEquals(0, collide(1000, 1200, SF7, 868_100_000, Duration.ofMillis(10)).size());
    }

    @Test
    void differentSpreadingFactorsChannelsOrTimesDoNotCollide() {
        assertEquals(2, collide(1000, 1200, SF12, 868_100_000, Duration.ofMillis(10)).size());
        assertEquals(2, collide(1000, 1200, SF7, 868_300_000, Duration.ofMillis(10)).size());
        assertEquals(2, collide(1000, 1200, SF7, 868_100_000, Duration.ofMillis(100)).size());
    }

    @Test
    void aShortFrameCollidesWithALongerOneThatStartedLongBeforeIt() {
        // A 51-byte SF12 frame (about 2.5 s on air) at 1000 m, short SF7 frames heard meanwhile, then, 1.5 s after
        // it started, a 14-byte SF12 frame (about 1.2 s) at 1200 m on its channel: the overlap reaches back further
        // than the second frame's own airtime; within 6 dB, both are lost.
        RadioMedium m = new RadioMedium(scheduler, 1, PathLossModel.deterministic(2.7));
        Probe p = new Probe(ORIGIN);
        m.attach(p);
        m.transmit(NodeId.device(new Eui64(1)), TransmissionKind.UPLINK, ORIGIN.east(1000), 868_100_000, SF12, 14,
                Bytes.fromHex("40010203040000010001" + "AB".repeat(37) + "CCDDEEFF"));
        for (int i = 0; i < 5; i++) {
            scheduler.runUntil(scheduler.instant().plusMillis(250));
            m.transmit(NodeId.device(new Eui64(10 + i)), TransmissionKind.UPLINK, ORIGIN.east(100), 868_100_000, SF7,
                    14, FRAME);
        }
        scheduler.runUntil(scheduler.instant().plusMillis(250));
        m.transmit(NodeId.device(new Eui64(2)), TransmissionKind.UPLINK, ORIGIN.east(1200), 868_100_000, SF12, 14,
                FRAME);
        scheduler.runUntil(scheduler.instant().plusSeconds(5));
        assertEquals(List.of(10L, 11L, 12L, 13L, 14L),
                p.got.stream().map(r -> r.transmission().sender().eui().value()).sorted().toList());
    }

    private List<Double> rssis(long seed) {
        RadioMedium m = new RadioMedium(new VirtualTimeScheduler(Instant.EPOCH), seed, new PathLossModel(1, Double.NaN,
                2.7, 4, 1));
        Probe p = new Probe(ORIGIN);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Transmission t = m.transmit(NodeId.device(new Eui64(i % 4)), TransmissionKind.UPLINK, ORIGIN.east(500),
                    868_100_000, SF7, 14, FRAME);
            out.add(m.rssiDbm(t, p));
        }
        return out;
    }

    @Test
    void sameSeedGivesTheSameRadioAndShadowingIsStablePerLink() {
        List<Double> a = rssis(7);
        assertEquals(a, rssis(7));
        assertNotEquals(a, rssis(8));
        // per-link shadowing (σ 4) dominates: the same device's packets differ only by the 1 dB fading
        double spreadSameLink = Math.abs(a.get(0) - a.get(4));
        assertTrue(spreadSameLink < 6, "spread " + spreadSameLink);
    }
}
