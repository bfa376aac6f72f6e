// SPDX-License-Identifier: Apache-2.0
package lorabench.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSession;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.SessionKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Coherence of the uplink path's device cache with the store: every write through the repositories (join,
/// provisioning, deletion, ABP activation) is seen by the next lookup; a new cache starts from what is stored.
class DeviceCacheTest {
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final DevAddr A = DevAddr.parse("26011BDA");
    private static final DevAddr B = DevAddr.parse("26011BDB");

    private Database db;
    private DeviceRepository devices;
    private DeviceSessionRepository sessions;
    private DeviceSessions service;
    private DeviceCache cache;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.h2Memory("cache-" + NAMES.incrementAndGet()));
        devices = new DeviceRepository(db);
        sessions = new DeviceSessionRepository(db);
        cache = new DeviceCache(devices, sessions, db.deviceChanges());
        service = new DeviceSessions(devices, sessions, cache);
    }

    @AfterEach
    void close() {
        cache.close();
        db.close();
    }

    private static AesKey key(int fill) {
        byte[] k = new byte[16];
        Arrays.fill(k, (byte) fill);
        return AesKey.of(k);
    }

    private Device abp(long eui, DevAddr addr, int keyFill) {
        Device d = devices.upsert(Device.abp(new Eui64(eui), "d" + eui, MacVersion.V1_0_4, BandId.EU868, addr,
                SessionKeys.of10(key(keyFill), key(keyFill + 1))));
        service.activateAbp(d);
        return d;
    }

    private List<Eui64> euis(DevAddr addr) {
        return cache.candidates(addr).stream().map(s -> s.context().device().devEui()).toList();
    }

    @Test
    void aJoinReplacesTheCachedSessionUnderItsNewDevAddr() {
        Device d = abp(1, A, 1);
        assertEquals(List.of(d.devEui()), euis(A));
        DeviceSession old = cache.candidates(A).getFirst().context().session();
        // What the join server stores: a new session, new DevAddr and keys, counters from zero.
        sessions.save(DeviceSession.start(d.devEui(), B, MacVersion.V1_0_4, SessionKeys.of10(key(7), key(8)), "{}"));
        assertEquals(List.of(), euis(A), "the old DevAddr no longer leads to the device");
        DeviceSession now = cache.candidates(B).getFirst().context().session();
        assertEquals(key(7), now.keys().fNwkSIntKey());
        assertEquals(0, now.fCntUp());
        assertFalse(now.equals(old));
    }

    @Test
    void anUnknownDevAddrIsRememberedUntilASessionTakesIt() {
        assertEquals(List.of(), euis(B));
        Device d = abp(2, B, 1);
        assertEquals(List.of(d.devEui()), euis(B));
    }

    @Test
    void aDeletedDeviceAndAnEndedSessionLeaveTheCache() {
        Device d = abp(3, A, 1);
        Device e = abp(4, B, 1);
        assertEquals(List.of(d.devEui()), euis(A));
        assertEquals(List.of(e.devEui()), euis(B));
        devices.delete(d.devEui());
        assertEquals(List.of(), euis(A));
        assertEquals(Optional.empty(), cache.cached(d.devEui()));
        service.end(e.devEui());
        assertEquals(List.of(), euis(B));
    }

    @Test
    void aProvisioningUpdateIsSeenByTheNextLookup() {
        Device d = abp(5, A, 1);
        assertFalse(cache.candidates(A).getFirst().context().device().relaxedFCnt());
        devices.upsert(d.withRelaxedFCnt(true));
        assertTrue(cache.candidates(A).getFirst().context().device().relaxedFCnt());
        // Re-provisioning ABP keys and counters, then activating again.
        Device again = devices.upsert(Device.abp(d.devEui(), "d5", MacVersion.V1_0_4, BandId.EU868, A,
                SessionKeys.of10(key(9), key(10))).withCounters(40, 3));
        service.activateAbp(again);
        DeviceSession s = cache.candidates(A).getFirst().context().session();
        assertEquals(key(9), s.keys().fNwkSIntKey());
        assertEquals(40, s.fCntUp());
    }

    @Test
    void devAddrCollisionsGiveEveryCandidateInDevEuiOrder() {
        Device second = abp(0x20, A, 1);
        Device first = abp(0x10, A, 5);
        assertEquals(List.of(first.devEui(), second.devEui()), euis(A));
        Device third = abp(0x30, A, 9);
        assertEquals(List.of(first.devEui(), second.devEui(), third.devEui()), euis(A));
    }

    @Test
    void theUplinkPathAdvancesASlotOnlyFromTheContextItMatched() {
        abp(6, A, 1);
        DeviceCache.Slot slot = cache.candidates(A).getFirst();
        DeviceContext before = slot.context();
        DeviceContext next = before.withSession(before.session().withCounters(8, 0, 0), before.mac());
        assertTrue(slot.advance(before, next));
        assertFalse(slot.advance(before, before), "a stale context does not win");
        assertSame(slot, cache.candidates(A).getFirst(), "the slot stays cached");
        assertEquals(8, cache.candidates(A).getFirst().context().session().fCntUp());
        service.invalidate(new Eui64(6));
        assertEquals(0, cache.candidates(A).getFirst().context().session().fCntUp(), "reloaded from the store");
    }

    @Test
    void aNewCacheStartsFromTheStoredSessions() {
        Device d = abp(7, A, 1);
        Device e = abp(8, A, 3);
        sessions.save(sessions.find(d.devEui()).orElseThrow().withCounters(12, 0, 0));
        try (DeviceCache restarted = new DeviceCache(devices, sessions, db.deviceChanges())) {
            assertEquals(2, restarted.preload(100));
            assertEquals(12, restarted.cached(d.devEui()).orElseThrow().session().fCntUp());
            assertTrue(restarted.cached(e.devEui()).isPresent());
            assertEquals(2, restarted.candidates(A).size());
            assertEquals(List.of(), restarted.candidates(B));
        }
        try (DeviceCache partial = new DeviceCache(devices, sessions, db.deviceChanges())) {
            assertEquals(1, partial.preload(1));
            assertEquals(2, partial.candidates(A).size(), "an incomplete preload leaves DevAddr lists to load");
        }
    }
}
