// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.classb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lorabench.lorawan.band.ClassB;
import lorabench.lorawan.types.DevAddr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class PingSlotTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/vectors/classb-ping-offset.csv", numLinesToSkip = 1)
    void matchesPublishedVectors(String name, long afterMs, String devAddr, int periodicity, long beaconTime,
            int pingOffset, long nextSlotMs) {
        DevAddr addr = DevAddr.parse(devAddr);
        assertEquals(pingOffset, PingSlot.pingOffset(beaconTime, addr, periodicity));
        Duration next = PingSlot.nextSlotAfter(Duration.ofMillis(afterMs), addr, periodicity);
        assertEquals(nextSlotMs, next.toMillis());
        assertEquals(beaconTime, PingSlot.beaconTime(next));
        // the other way: the slot is one of the period's slots, and the one before it is not after afterMs
        List<Duration> slots = PingSlot.slots(beaconTime, addr, periodicity);
        assertTrue(slots.contains(next));
        assertEquals(Duration.ofSeconds(beaconTime).plus(PingSlot.BEACON_RESERVED)
                .plus(PingSlot.SLOT_LENGTH.multipliedBy(pingOffset)), slots.getFirst());
        int i = slots.indexOf(next);
        if (i > 0) {
            assertTrue(slots.get(i - 1).toMillis() <= afterMs);
        }
    }

    @Test
    void periodsFollowThePeriodicity() {
        for (int p = 0; p <= 7; p++) {
            assertEquals(1 << (7 - p), PingSlot.pingNb(p));
            assertEquals(4096, PingSlot.pingNb(p) * PingSlot.pingPeriod(p));
            List<Duration> slots = PingSlot.slots(128, new DevAddr(0x01020304), p);
            assertEquals(PingSlot.pingNb(p), slots.size());
            Duration last = slots.getLast();
            assertTrue(last.compareTo(Duration.ofSeconds(256)) < 0, "every slot ends inside the beacon period");
        }
        assertThrows(IllegalArgumentException.class, () -> PingSlot.pingNb(8));
        assertThrows(IllegalArgumentException.class, () -> PingSlot.pingPeriod(-1));
        assertThrows(IllegalArgumentException.class, () -> PingSlot.slots(100, new DevAddr(0), 7));
    }

    @Test
    void beaconTimes() {
        assertEquals(0, PingSlot.beaconTime(Duration.ZERO));
        assertEquals(128, PingSlot.beaconTime(Duration.ofMillis(255_999)));
        assertEquals(Duration.ofSeconds(256), PingSlot.nextBeaconAtOrAfter(Duration.ofSeconds(256)));
        assertEquals(Duration.ofSeconds(384), PingSlot.nextBeaconAtOrAfter(Duration.ofMillis(256_001)));
    }

    @Test
    void slotAtExactlyTheGivenTimeIsNotAfterIt() {
        DevAddr a = new DevAddr(0);
        Duration first = PingSlot.nextSlotAfter(Duration.ZERO, a, 6);
        Duration second = PingSlot.nextSlotAfter(first, a, 6);
        assertEquals(Duration.ofMillis(74_300), second);
    }

    @Test
    void frequenciesHop() {
        ClassB us = new ClassB(List.of(923_300_000L, 923_900_000L), 8, List.of(923_300_000L, 923_900_000L), 8);
        assertEquals(923_900_000L, PingSlot.frequency(us, 0, new DevAddr(1)));
        assertEquals(923_300_000L, PingSlot.frequency(us, 128, new DevAddr(1)));
        assertEquals(923_300_000L, PingSlot.beaconFrequency(us, 0));
        assertEquals(923_900_000L, PingSlot.beaconFrequency(us, 128));
    }

    @Test
    void gpsTimeRunsEighteenSecondsAheadOfUtc() {
        Instant utc = Instant.parse("2026-01-01T00:00:00Z");
        Duration gps = GpsTime.of(utc);
        assertEquals(utc, GpsTime.toInstant(gps));
        assertEquals(Duration.between(Instant.parse("1980-01-06T00:00:00Z"), utc).plusSeconds(18), gps);
        assertEquals(Duration.ofSeconds(18), GpsTime.of(GpsTime.EPOCH));
    }
}
