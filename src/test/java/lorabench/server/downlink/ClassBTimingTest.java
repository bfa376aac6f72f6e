// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.band.Bands;
import lorabench.lorawan.classb.GpsTime;
import lorabench.lorawan.classb.PingSlot;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.server.event.Reception;
import lorabench.server.mac.MacState;
import org.junit.jupiter.api.Test;

/// The class B scheduling math on fixed instants: next ping slot, its radio parameters, and its concentrator time.
class ClassBTimingTest {
    private static final DevAddr ADDR = DevAddr.parse("00000000");
    private static final Eui64 GW = new Eui64(0xC1);

    @Test
    void nextSlotFollowsTheCoreFunctionInUtc() {
        // ChirpStack vector: after GPS 120 s, DevAddr 0, pingNb 1 -> GPS 185.620 s (period 128, offset 1850)
        Instant after = GpsTime.toInstant(Duration.ofSeconds(120));
        PingSlotPlan p = PingSlotPlan.next(after, ADDR, Bands.lookup(BandId.EU868), MacState.ClassBParams.DEFAULT);
        assertEquals(Duration.ofMillis(185_620), p.gps());
        assertEquals(GpsTime.toInstant(Duration.ofMillis(185_620)), p.utc());
        assertEquals(Instant.parse("1980-01-06T00:02:47.620Z"), p.utc(), "GPS runs 18 s ahead of UTC");
        assertEquals(128, p.beaconTime());
        assertEquals(PingSlot.DEFAULT_PERIODICITY, p.periodicity());
        assertEquals(869_525_000L, p.frequencyHz(), "EU868 ping-slot frequency");
        assertEquals(3, p.dataRate(), "EU868 ping-slot data rate");
    }

    @Test
    void deviceParametersWinOverTheBand() {
        var params = new MacState.ClassBParams(6, 868_300_000L, 5, 0);
        PingSlotPlan p = PingSlotPlan.next(GpsTime.toInstant(Duration.ZERO), ADDR, Bands.lookup(BandId.EU868), params);
        assertEquals(Duration.ofMillis(12_860), p.gps(), "ChirpStack vector: pingNb 2 from the GPS epoch");
        assertEquals(868_300_000L, p.frequencyHz());
        assertEquals(5, p.dataRate());
    }

    @Test
    void usesTheHoppingPingSlotChannelOfUs915() {
        var us = Bands.lookup(BandId.US915);
        Instant after = GpsTime.toInstant(Duration.ofSeconds(1_400_000_005L));
        PingSlotPlan p = PingSlotPlan.next(after, new DevAddr(0x26011BDA), us, MacState.ClassBParams.DEFAULT);
        assertEquals(PingSlot.frequency(us.classB(), p.beaconTime(), new DevAddr(0x26011BDA)), p.frequencyHz());
        assertEquals(8, p.dataRate());
    }

    @Test
    void slotTimeBecomesConcentratorTimeThroughTheReference() {
        Instant rx = Instant.parse("2026-11-22T04:00:00.000250Z");
        var clocks = new GatewayClocks(Duration.ofMinutes(10));
        clocks.observe(new Reception(GW, -60, 5, 868_100_000, "SF7BW125", 4_000_000_000L, 0, 0, rx));
        Instant slot = rx.plus(Duration.ofMillis(500_000).plusNanos(1_999));
        // 4e9 + 500e6 + 1 µs wraps past 2^32
        assertEquals(OptionalLong.of((4_000_000_000L + 500_000_001L) - (1L << 32)), clocks.tmstAt(GW, slot, rx));
        assertEquals(OptionalLong.empty(), clocks.tmstAt(GW, slot, rx.plus(Duration.ofMinutes(11))), "too old");
        assertEquals(OptionalLong.empty(), clocks.tmstAt(new Eui64(9), slot, rx), "no reference");
        // an older reception arriving late does not replace the newer reference
        clocks.observe(new Reception(GW, -60, 5, 868_100_000, "SF7BW125", 1, 0, 0, rx.minusSeconds(5)));
        assertEquals(4_000_000_000L, clocks.reference(GW).orElseThrow().tmst());
    }

    @Test
    void everySlotOfAPeriodIsReachedInTurn() {
        var params = new MacState.ClassBParams(3, 0, -1, 0);
        Instant t = GpsTime.toInstant(Duration.ofSeconds(128 * 1000));
        var band = Bands.lookup(BandId.EU868);
        var expected = PingSlot.slots(128 * 1000, ADDR, 3);
        for (Duration slot : expected) {
            PingSlotPlan p = PingSlotPlan.next(t, ADDR, band, params);
            assertEquals(slot, p.gps());
            assertTrue(p.utc().isAfter(t));
            t = p.utc();
        }
    }
}
