// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.band.Bands;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.CodingRate;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.TxAckError;
import lorabench.packetforwarder.TxAckError.Code;
import lorabench.packetforwarder.Txpk;
import lorabench.sim.classb.Beacon;
import lorabench.sim.classb.GpsTime;
import lorabench.sim.radio.Position;
import org.junit.jupiter.api.Test;

/// The TX_ACK answers of the virtual gateway's JIT queue for GPS-timed and non-LoRa downlinks.
class TxPlannerTest {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final Bytes DATA = Bytes.fromHex("60010203040000000000000000");
    static final GatewayConfig BASE = GatewayConfig.of(new Eui64(1), new Position(45, 5, 0), BandId.EU868);

    private static TxPlanner planner(GatewayConfig c) {
        return new TxPlanner(c, Bands.lookup(BandId.EU868), new ConcentratorClock(NOW.minusSeconds(60)));
    }

    private static Txpk atGps(Instant at) {
        return new Txpk(false, OptionalLong.empty(), OptionalLong.of(GpsTime.millis(at)), 869_525_000, 0, 14,
                new Datr.LoRa(9, 125), Optional.of(CodingRate.CR_4_5), OptionalInt.empty(), true, OptionalInt.empty(),
                DATA, false);
    }

    @Test
    void gpsTimedDownlinksNeedALockedGps() {
        Instant in2s = NOW.plusSeconds(2);
        TxPlanner.Decision unlocked = planner(BASE.withGpsLocked(false)).decide(atGps(in2s), NOW);
        assertEquals(Optional.of(TxAckError.of(Code.GPS_UNLOCKED)), unlocked.error());
        assertTrue(unlocked.planned().isEmpty());
        TxPlanner.Decision locked = planner(BASE).decide(atGps(in2s), NOW);
        assertEquals(Optional.empty(), locked.error());
        assertEquals(in2s, locked.planned().orElseThrow().start());
    }

    @Test
    void aDownlinkOverABeaconIsACollisionWhenTheGatewaySendsBeacons() {
        Instant beacon = Beacon.nextPeriodStart(NOW.plusSeconds(5));
        Instant during = beacon.plus(Duration.ofMillis(500));
        assertEquals(Optional.of(TxAckError.of(Code.COLLISION_BEACON)),
                planner(BASE.withBeacons(true)).decide(atGps(during), NOW).error());
        assertEquals(Optional.empty(), planner(BASE).decide(atGps(during), NOW).error(), "no beacons, no collision");
        assertEquals(Optional.empty(), planner(BASE.withBeacons(true)).decide(atGps(beacon.plus(Beacon.RESERVED)
                .plusMillis(1)), NOW).error(), "after the reserved time");
    }

    @Test
    void fskIsNotEmitted() {
        Txpk fsk = new Txpk(true, OptionalLong.empty(), OptionalLong.empty(), 869_525_000, 0, 14, new Datr.Fsk(50_000),
                Optional.empty(), OptionalInt.of(25_000), false, OptionalInt.empty(), DATA, false);
        TxPlanner.Decision d = planner(BASE).decide(fsk, NOW);
        assertEquals("TX_MODULATION", d.error().orElseThrow().text());
        assertEquals(Code.UNKNOWN, d.error().orElseThrow().code());
    }
}
