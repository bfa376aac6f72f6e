// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UplinkRepositoryTest extends StoreTestBase {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private UplinkRepository uplinks;

    @BeforeEach
    void devices() {
        new DeviceRepository(db).upsert(otaaDevice(1));
        new DeviceRepository(db).upsert(otaaDevice(2));
        uplinks = new UplinkRepository(db);
    }

    static Uplink uplink(long devEui, int minute, long fCnt, Optional<Integer> fPort) {
        return new Uplink(0, eui(devEui), DevAddr.parse("26011BDA"), T0.plusSeconds(60L * minute), fCnt, fPort, false,
                Bytes.fromHex("01020304"), Bytes.fromHex("40DA1B0126000100010A0B0C0D11223344"), 868_100_000L,
                "SF7BW125", List.of(new GatewayRx(eui(0xAA), -80.5, 9.25, 123456789L, 0, 1),
                        new GatewayRx(eui(0xBB), -110, -4.5, 42L, 3, 0)), PushStatus.PENDING);
    }

    @Test
    void roundTripsAnUplinkWithEveryGatewayReception() {
        Uplink u = uplinks.insert(uplink(1, 0, 0x1_0002L, Optional.of(10)));
        assertTrue(u.id() > 0);
        assertEquals(Optional.of(u), uplinks.find(u.id()));
        Uplink noPort = uplinks.insert(uplink(1, 1, 1, Optional.empty()));
        assertEquals(Optional.empty(), uplinks.find(noPort.id()).orElseThrow().fPort());
    }

    @Test
    void listsByDeviceTimeRangeAndPortRangeWithPaging() {
        for (int m = 0; m < 10; m++) {
            uplinks.insert(uplink(1, m, m, Optional.of(m % 2 == 0 ? 1 : 2)));
        }
        uplinks.insert(uplink(2, 5, 0, Optional.of(1)));
        assertEquals(10, uplinks.count(UplinkQuery.device(eui(1))));
        assertEquals(11, uplinks.count(UplinkQuery.all()));
        UplinkQuery window = UplinkQuery.device(eui(1)).between(T0.plusSeconds(120), T0.plusSeconds(480));
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L), fCnts(uplinks.list(window, Page.first(100))));
        assertEquals(List.of(3L, 5L, 7L), fCnts(uplinks.list(window.ports(2, 2), Page.first(100))));
        assertEquals(List.of(4L, 5L), fCnts(uplinks.list(window, new Page(2, 2))));
        assertEquals(List.of(7L, 6L), fCnts(uplinks.listNewestFirst(window, Page.first(2))));
        assertEquals(9L, uplinks.latest(eui(1)).orElseThrow().fCnt());
        assertEquals(Optional.empty(), uplinks.latest(eui(3)));
    }

    @Test
    void tracksPushStatusAndDeletes() {
        Uplink a = uplinks.insert(uplink(1, 0, 0, Optional.of(1)));
        Uplink b = uplinks.insert(uplink(1, 1, 1, Optional.of(1)));
        assertEquals(List.of(a, b), uplinks.pendingPush(10));
        assertTrue(uplinks.setPushStatus(a.id(), PushStatus.DELIVERED));
        assertEquals(List.of(b), uplinks.pendingPush(10));
        assertEquals(PushStatus.DELIVERED, uplinks.find(a.id()).orElseThrow().pushStatus());
        assertTrue(uplinks.delete(a.id()));
        uplinks.insert(uplink(2, 0, 0, Optional.of(1)));
        assertEquals(1, uplinks.delete(UplinkQuery.device(eui(1))));
        assertEquals(1, uplinks.count(UplinkQuery.all()));
    }

    @Test
    void aPushAnswerIsInsertedThenReplacedPerTargetAndRefusedForAGoneUplink() {
        PushAnswerRepository answers = new PushAnswerRepository(db);
        Uplink u = uplinks.insert(uplink(1, 0, 1, Optional.of(10)));
        assertTrue(answers.record(new PushAnswer(u.id(), 7, 3, java.util.OptionalInt.empty(), T0)));
        assertTrue(answers.record(new PushAnswer(u.id(), 8, 4, java.util.OptionalInt.of(202), T0)));
        assertTrue(answers.record(new PushAnswer(u.id(), 7, 3, java.util.OptionalInt.of(200), T0.plusSeconds(1))));
        assertEquals(List.of(new PushAnswer(u.id(), 7, 3, java.util.OptionalInt.of(200), T0.plusSeconds(1)),
                new PushAnswer(u.id(), 8, 4, java.util.OptionalInt.of(202), T0)), answers.byUplink(u.id()));
        assertTrue(uplinks.delete(u.id()));
        assertEquals(false, answers.record(new PushAnswer(u.id(), 7, 3, java.util.OptionalInt.of(200), T0)));
        assertEquals(List.of(), answers.byUplink(u.id()));
    }

    @Test
    void aFirstPushAnswerGoesInWithItsStatusAndAnEarlierOneIsStillReplacedByRecord() {
        PushAnswerRepository answers = new PushAnswerRepository(db);
        Uplink u = uplinks.insert(uplink(1, 0, 1, Optional.of(10)));
        db.runInTransaction(tx -> {
            assertTrue(uplinks.setPushStatus(tx, u.id(), PushStatus.DELIVERED));
            answers.recordFirst(tx, new PushAnswer(u.id(), 7, 3, java.util.OptionalInt.of(200), T0));
        });
        assertEquals(List.of(new PushAnswer(u.id(), 7, 3, java.util.OptionalInt.of(200), T0)),
                answers.byUplink(u.id()));
        assertEquals(PushStatus.DELIVERED, uplinks.find(u.id()).orElseThrow().pushStatus());
        assertTrue(answers.record(new PushAnswer(u.id(), 7, 3, java.util.OptionalInt.of(500), T0.plusSeconds(1))));
        assertEquals(List.of(new PushAnswer(u.id(), 7, 3, java.util.OptionalInt.of(500), T0.plusSeconds(1))),
                answers.byUplink(u.id()));
    }

    private static List<Long> fCnts(List<Uplink> list) {
        return list.stream().map(Uplink::fCnt).toList();
    }
}
