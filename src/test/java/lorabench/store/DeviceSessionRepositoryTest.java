// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.MacVersion;
import org.junit.jupiter.api.Test;

class DeviceSessionRepositoryTest extends StoreTestBase {
    private static final DevAddr ADDR = DevAddr.parse("26011BDA");

    private DeviceSession session(long devEui, DevAddr addr, MacVersion v) {
        new DeviceRepository(db).upsert(otaaDevice(devEui));
        SessionKeys keys = v.is11() ? new SessionKeys(key(1), key(2), key(3), key(4)) : SessionKeys.of10(key(5), key(6));
        return DeviceSession.start(eui(devEui), addr, v, keys, "{\"dataRate\":0}");
    }

    @Test
    void roundTripsA11SessionWithMacStateAndPendingCommands() {
        DeviceSessionRepository sessions = new DeviceSessionRepository(db);
        // The store keeps the MAC state as opaque JSON text and returns it unchanged.
        String mac = "{\"dataRate\":5,\"adrHistory\":[{\"fCnt\":10,\"maxSnr\":7.5}]}";
        DeviceSession s = session(1, ADDR, MacVersion.V1_1).withCounters(100, 7, 3)
                .withMacState(mac, Bytes.fromHex("0603"));
        DeviceSession stored = sessions.save(s);
        assertEquals(clock.instant(), stored.created());
        assertEquals(s.withCounters(100, 7, 3), new DeviceSession(stored.devEui(), stored.devAddr(),
                stored.macVersion(), stored.keys(), stored.fCntUp(), stored.nFCntDown(), stored.aFCntDown(),
                stored.confFCnt(), stored.macState(), stored.pendingMacCommands(), s.created(), s.updated()));
        assertEquals(Optional.of(stored), sessions.find(eui(1)));
        assertEquals(key(1), stored.keys().fNwkSIntKey());
        assertEquals(key(3), stored.keys().nwkSEncKey());
    }

    @Test
    void a10SessionUsesItsNwkSKeyInEveryNetworkSlot() {
        DeviceSession stored = new DeviceSessionRepository(db).save(session(2, ADDR, MacVersion.V1_0_2));
        assertEquals(key(5), stored.keys().nwkSKey());
        assertEquals(key(5), stored.keys().sNwkSIntKey());
        assertEquals(key(6), stored.keys().appSKey().orElseThrow());
    }

    @Test
    void findsEveryCandidateSharingADevAddr() {
        DeviceSessionRepository sessions = new DeviceSessionRepository(db);
        sessions.save(session(3, ADDR, MacVersion.V1_0_4));
        sessions.save(session(1, ADDR, MacVersion.V1_0_4));
        sessions.save(session(2, DevAddr.parse("26011BDB"), MacVersion.V1_0_4));
        assertEquals(List.of(eui(1), eui(3)),
                sessions.findByDevAddr(ADDR).stream().map(DeviceSession::devEui).toList());
        assertEquals(List.of(), sessions.findByDevAddr(DevAddr.parse("00000000")));
    }

    @Test
    void aNewJoinReplacesTheSession() {
        DeviceSessionRepository sessions = new DeviceSessionRepository(db);
        sessions.save(session(4, ADDR, MacVersion.V1_0_4).withCounters(50, 20, 0));
        clock.advance(Duration.ofHours(1));
        DeviceSession fresh = sessions.save(session(4, DevAddr.parse("01020304"), MacVersion.V1_0_4));
        assertEquals(0, fresh.fCntUp());
        assertEquals(clock.instant(), fresh.created());
        assertEquals(List.of(), sessions.findByDevAddr(ADDR));
        assertEquals(1, sessions.count());
    }

    @Test
    void advancesFCntUpOnlyFromTheExpectedValue() {
        DeviceSessionRepository sessions = new DeviceSessionRepository(db);
        sessions.save(session(5, ADDR, MacVersion.V1_1));
        assertTrue(db.<Boolean>inTransaction(tx -> sessions.advanceFCntUp(tx, eui(5), 0, 1, Optional.empty())));
        assertFalse(db.<Boolean>inTransaction(tx -> sessions.advanceFCntUp(tx, eui(5), 0, 1, Optional.empty())),
                "a replay of FCnt 0 loses the compare-and-set");
        assertTrue(db.<Boolean>inTransaction(tx -> sessions.advanceFCntUp(tx, eui(5), 1, 70_000, Optional.of(69_999L))));
        DeviceSession s = sessions.find(eui(5)).orElseThrow();
        assertEquals(70_000, s.fCntUp());
        assertEquals(69_999, s.confFCnt());
    }

    @Test
    void handsOutEachDownlinkCounterOnce() {
        DeviceSessionRepository sessions = new DeviceSessionRepository(db);
        sessions.save(session(6, ADDR, MacVersion.V1_1).withCounters(0, 10, 20));
        assertEquals(10L, db.<Long>inTransaction(tx -> sessions.takeNFCntDown(tx, eui(6))));
        assertEquals(11L, db.<Long>inTransaction(tx -> sessions.takeNFCntDown(tx, eui(6))));
        assertEquals(20L, db.<Long>inTransaction(tx -> sessions.takeAFCntDown(tx, eui(6))));
        DeviceSession s = sessions.find(eui(6)).orElseThrow();
        assertEquals(12, s.nFCntDown());
        assertEquals(21, s.aFCntDown());
        assertThrows(StoreException.class, () -> db.inTransaction(tx -> sessions.takeNFCntDown(tx, eui(99))));
    }

    @Test
    void concurrentUplinksAcceptOneCopyAndDownlinksNeverShareACounter() throws Exception {
        DeviceSessionRepository sessions = new DeviceSessionRepository(db);
        sessions.save(session(9, ADDR, MacVersion.V1_0_4));
        int threads = 6;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> accepted = new ArrayList<>();
            List<Future<Long>> counters = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                accepted.add(pool.submit(() -> {
                    start.await();
                    return db.inTransaction(tx -> sessions.advanceFCntUp(tx, eui(9), 0, 1, Optional.empty()));
                }));
                counters.add(pool.submit(() -> {
                    start.await();
                    return db.inTransaction(tx -> sessions.takeNFCntDown(tx, eui(9)));
                }));
            }
            start.countDown();
            long winners = 0;
            for (Future<Boolean> f : accepted) {
                winners += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            Set<Long> taken = new HashSet<>();
            for (Future<Long> f : counters) {
                taken.add(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, winners, "exactly one copy of FCnt 0 is accepted");
            assertEquals(Set.of(0L, 1L, 2L, 3L, 4L, 5L), taken);
        }
        assertEquals(1, sessions.find(eui(9)).orElseThrow().fCntUp());
        assertEquals(threads, sessions.find(eui(9)).orElseThrow().nFCntDown());
    }

    @Test
    void updatesMacStateAndEndsSessions() {
        DeviceSessionRepository sessions = new DeviceSessionRepository(db);
        sessions.save(session(7, ADDR, MacVersion.V1_0_4));
        String next = "{\"dataRate\":4,\"enabledChannels\":[0,1,2,3]}";
        assertTrue(db.<Boolean>inTransaction(tx -> sessions.updateMacState(tx, eui(7), next, Bytes.fromHex("0302"))));
        assertEquals(next, sessions.find(eui(7)).orElseThrow().macState());
        assertEquals(Bytes.fromHex("0302"), sessions.find(eui(7)).orElseThrow().pendingMacCommands());
        assertTrue(sessions.delete(eui(7)));
        assertEquals(Optional.empty(), sessions.find(eui(7)));
        new DeviceSessionRepository(db).save(session(8, ADDR, MacVersion.V1_0_4));
        new DeviceRepository(db).delete(eui(8));
        assertEquals(Optional.empty(), sessions.find(eui(8)), "a session goes with its device");
    }
}
