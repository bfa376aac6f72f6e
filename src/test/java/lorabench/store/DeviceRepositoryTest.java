// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import lorabench.lorawan.band.BandId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import org.junit.jupiter.api.Test;

class DeviceRepositoryTest extends StoreTestBase {

    @Test
    void roundTripsEveryImportFieldOfAnOtaaDevice() {
        DeviceRepository devices = new DeviceRepository(db);
        long owner = new AccountRepository(db).insert(Account.newUser("owner", "h")).id();
        Device d = Device.otaa(Eui64.parse("0004A30B001C0530"), "kitchen sensor", MacVersion.V1_1, BandId.EU868,
                        Eui64.parse("70B3D57ED0000001"), key(1), Optional.of(key(2)))
                .withDeviceClass(DeviceClass.C).withProfiles(Optional.of("dp-1"), Optional.of("sp-1"))
                .withApplication(Optional.of("meters")).withTags(Map.of("floor", "2", "room", "kitchen"))
                .withOwner(Optional.of(owner)).withPosition(Optional.of(new Position(48.85, 2.35, 35.5)))
                .withRelaxedFCnt(true).withAttributes(JsonNodeFactory.instance.objectNode().put("comment", "demo"));
        Device stored = devices.upsert(d);
        assertEquals(clock.instant(), stored.created());
        assertEquals(clock.instant(), stored.updated());
        assertEquals(d.withCounters(0, 0), withStamps(stored, d.created(), d.updated()));
        assertEquals(Optional.of(stored), devices.find(d.devEui()));
    }

    @Test
    void roundTripsAnAbpDeviceWithItsSessionKeysAndCounters() {
        DeviceRepository devices = new DeviceRepository(db);
        Device d = Device.abp(eui(0x10), "abp", MacVersion.V1_1, BandId.US915, DevAddr.parse("26011BDA"),
                new SessionKeys(key(3), key(4), key(5), key(6))).withCounters(12, 0xFFFF_FFFFL);
        Device stored = devices.upsert(d);
        assertEquals(Optional.of(new SessionKeys(key(3), key(4), key(5), key(6))), stored.abpKeys());
        assertEquals(12, stored.fCntUp());
        assertEquals(0xFFFF_FFFFL, stored.fCntDown());
        assertEquals(Optional.of(DevAddr.parse("26011BDA")), stored.devAddr());
    }

    @Test
    void upsertReplacesFieldsAndTagsButKeepsCreationAndLastContact() {
        DeviceRepository devices = new DeviceRepository(db);
        Device first = devices.upsert(otaaDevice(1).withTags(Map.of("a", "1", "b", "2")));
        Instant seen = clock.advance(Duration.ofSeconds(3));
        db.runInTransaction(tx -> assertTrue(devices.recordSeen(tx, first.devEui(), seen, -97.5, 7.25)));
        clock.advance(Duration.ofMinutes(1));
        Device second = devices.upsert(first.withName("renamed").withTags(Map.of("c", "3")));
        assertEquals("renamed", second.name());
        assertEquals(Map.of("c", "3"), second.tags());
        assertEquals(first.created(), second.created());
        assertEquals(clock.instant(), second.updated());
        assertEquals(Optional.of(seen), second.lastSeen());
        assertEquals(Optional.of(-97.5), second.lastRssi());
        assertEquals(Optional.of(7.25), second.lastSnr());
        assertEquals(1, devices.count(DeviceFilter.all()));
    }

    @Test
    void filtersByOwnerApplicationSearchAndTagsAndPages() {
        DeviceRepository devices = new DeviceRepository(db);
        AccountRepository accounts = new AccountRepository(db);
        long alice = accounts.insert(Account.newUser("alice", "h")).id();
        long bob = accounts.insert(Account.newUser("bob", "h")).id();
        for (int i = 1; i <= 10; i++) {
            devices.upsert(otaaDevice(i).withName(i % 2 == 0 ? "Even_" + i : "odd%" + i)
                    .withOwner(Optional.of(i <= 6 ? alice : bob))
                    .withApplication(Optional.of(i % 3 == 0 ? "three" : "other"))
                    .withTags(i % 5 == 0 ? Map.of("kind", "five") : Map.of("kind", "plain")));
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), euis(devices.list(DeviceFilter.all().owner(alice), Page.first(50))));
        assertEquals(4, devices.count(DeviceFilter.all().owner(bob)));
        assertEquals(List.of(3L, 6L, 9L), euis(devices.list(DeviceFilter.all().application("three"), Page.first(50))));
        assertEquals(List.of(2L, 4L, 6L, 8L, 10L), euis(devices.list(DeviceFilter.all().search("even_"), Page.first(50))));
        assertEquals(List.of(1L), euis(devices.list(DeviceFilter.all().search("odd%1"), Page.first(50))),
                "% in a search is a literal character");
        assertEquals(List.of(9L), euis(devices.list(DeviceFilter.all().search("0000000000000009"), Page.first(5))));
        assertEquals(List.of(5L, 10L), euis(devices.list(DeviceFilter.all().tag("kind", "five"), Page.first(50))));
        assertEquals(10, devices.count(DeviceFilter.all().tag("kind")));
        assertEquals(List.of(6L), euis(devices.list(DeviceFilter.all().owner(alice).application("three")
                .tag("kind", "plain").search("even"), Page.first(50))));
        assertEquals(List.of(4L, 5L, 6L), euis(devices.list(DeviceFilter.all(), new Page(3, 3))));
        assertEquals(List.of(), devices.list(DeviceFilter.all(), new Page(10, 3)));
        assertEquals(6, devices.byOwner(alice).size());
        assertEquals(Map.of("kind", "five"), devices.list(DeviceFilter.all(), new Page(4, 1)).getFirst().tags());
    }

    @Test
    void countsDevicesByActivationStateAndRecentContact() {
        DeviceRepository devices = new DeviceRepository(db);
        DeviceSessionRepository sessions = new DeviceSessionRepository(db);
        assertEquals(DeviceStateCounts.none(), devices.countByState(clock.instant()));
        for (int i = 1; i <= 3; i++) {
            devices.upsert(otaaDevice(i));
        }
        sessions.save(DeviceSession.start(eui(2), DevAddr.parse("26000002"), MacVersion.V1_0_4,
                new SessionKeys(key(3), key(3), key(3), key(4)), "{}"));
        devices.upsert(Device.abp(eui(0x10), "abp-on", MacVersion.V1_0_4, BandId.EU868, DevAddr.parse("26000010"),
                new SessionKeys(key(3), key(4), key(5), key(6))));
        sessions.save(DeviceSession.start(eui(0x10), DevAddr.parse("26000010"), MacVersion.V1_0_4,
                new SessionKeys(key(3), key(4), key(5), key(6)), "{}"));
        devices.upsert(Device.abp(eui(0x11), "abp-off", MacVersion.V1_0_4, BandId.EU868, DevAddr.parse("26000011"),
                new SessionKeys(key(3), key(4), key(5), key(6))));
        Instant early = clock.instant();
        db.runInTransaction(tx -> devices.recordSeen(tx, eui(1), early, -90, 5));
        Instant late = clock.advance(Duration.ofMinutes(20));
        db.runInTransaction(tx -> devices.recordSeen(tx, eui(2), late, -90, 5));
        db.runInTransaction(tx -> devices.recordSeen(tx, eui(0x10), late, -90, 5));

        DeviceStateCounts counts = devices.countByState(late.minus(Duration.ofMinutes(15)));
        assertEquals(new DeviceStateCounts(2, 1, 1, 1, 2), counts);
        assertEquals(5, counts.total());
        assertEquals(3, devices.countByState(early).heardSince(), "at or after the instant");
    }

    @Test
    void deletesADeviceWithItsTags() {
        DeviceRepository devices = new DeviceRepository(db);
        devices.upsert(otaaDevice(7).withTags(Map.of("x", "y")));
        assertTrue(devices.delete(eui(7)));
        assertFalse(devices.delete(eui(7)));
        assertEquals(Optional.empty(), devices.find(eui(7)));
        assertEquals(0, devices.count(DeviceFilter.all().tag("x")));
    }

    @Test
    void rejectsIncompleteProvisioning() {
        assertThrows(IllegalArgumentException.class, () -> Device.otaa(eui(1), "n", MacVersion.V1_1, BandId.EU868, eui(2),
                key(1), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> otaaDevice(1).withCounters(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> otaaDevice(1).withCounters(0x1_0000_0000L, 0));
    }

    private static List<Long> euis(List<Device> list) {
        return list.stream().map(d -> d.devEui().value()).toList();
    }

    private static Device withStamps(Device d, Instant created, Instant updated) {
        return new Device(d.devEui(), d.name(), d.activation(), d.macVersion(), d.region(), d.deviceClass(),
                d.joinEui(), d.appKey(), d.nwkKey(), d.devAddr(), d.abpKeys(), d.fCntUp(), d.fCntDown(),
                d.deviceProfile(), d.serviceProfile(), d.application(), d.tags(), d.ownerAccountId(), d.position(),
                d.relaxedFCnt(), d.lastSeen(), d.lastRssi(), d.lastSnr(), d.attributes(), created, updated);
    }
}
