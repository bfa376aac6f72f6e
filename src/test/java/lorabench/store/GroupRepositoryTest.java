// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.DevAddr;
import org.junit.jupiter.api.Test;

class GroupRepositoryTest extends StoreTestBase {
    private static final MulticastSession MC = new MulticastSession(DevAddr.parse("01AB02CD"), key(9), key(10), 5);

    @Test
    void roundTripsAGroupWithItsMulticastSession() {
        GroupRepository groups = new GroupRepository(db);
        DeviceGroup g = groups.save(DeviceGroup.of("g1", "street lights").withMulticast(Optional.of(MC)));
        assertEquals(Optional.of(MC), g.multicast());
        assertEquals(Optional.of(g), groups.find("g1"));
        assertEquals(List.of(g), groups.findByMulticastAddr(DevAddr.parse("01AB02CD")));
        DeviceGroup plain = groups.save(DeviceGroup.of("g0", "plain"));
        assertEquals(Optional.empty(), plain.multicast());
        assertEquals(List.of(plain, g), groups.list(Page.first(10)));
    }

    @Test
    void keepsMembersAndCountsMulticastDownlinks() {
        GroupRepository groups = new GroupRepository(db);
        DeviceRepository devices = new DeviceRepository(db);
        devices.upsert(otaaDevice(2));
        devices.upsert(otaaDevice(1));
        groups.save(DeviceGroup.of("g1", "lights").withMulticast(Optional.of(MC)));
        groups.addMember("g1", eui(2));
        groups.addMember("g1", eui(1));
        groups.addMember("g1", eui(1));
        assertEquals(List.of(eui(1), eui(2)), groups.members("g1"));
        assertEquals(List.of("g1"), groups.groupsOf(eui(2)));
        assertEquals(5L, db.<Long>inTransaction(tx -> groups.takeMulticastFCntDown(tx, "g1")));
        assertEquals(6L, db.<Long>inTransaction(tx -> groups.takeMulticastFCntDown(tx, "g1")));
        assertEquals(7, groups.find("g1").orElseThrow().multicast().orElseThrow().fCntDown());
        groups.save(DeviceGroup.of("g2", "no multicast"));
        assertThrows(StoreException.class, () -> db.inTransaction(tx -> groups.takeMulticastFCntDown(tx, "g2")));
        assertTrue(groups.removeMember("g1", eui(2)));
        assertFalse(groups.removeMember("g1", eui(2)));
        devices.delete(eui(1));
        assertEquals(List.of(), groups.members("g1"), "a deleted device leaves its groups");
        assertTrue(groups.delete("g1"));
        assertEquals(Optional.empty(), groups.find("g1"));
    }
}
