// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;

/// Device groups, their members and multicast sessions.
public final class GroupRepository {
    private static final String COLUMNS = "id, name, description, owner_account_id, mc_dev_addr, mc_nwk_s_key,"
            + " mc_app_s_key, mc_f_cnt_down, settings, created, updated";

    private final Database db;

    public GroupRepository(Database db) {
        this.db = db;
    }

    /// Inserts or replaces the group (keeping its members and creation time). {@return the group as stored}
    public DeviceGroup save(DeviceGroup g) {
        return db.inTransaction(tx -> {
            Instant now = db.clock().instant();
            Optional<MulticastSession> m = g.multicast();
            Object[] fields = {g.name(), g.description(), g.ownerAccountId(), m.map(MulticastSession::devAddr),
                    m.map(MulticastSession::nwkSKey), m.map(MulticastSession::appSKey),
                    m.map(MulticastSession::fCntDown), StoreJson.write(g.settings()), now, g.id()};
            Sql.upsert(tx.connection(),
                    "UPDATE device_groups SET name = ?, description = ?, owner_account_id = ?, mc_dev_addr = ?,"
                            + " mc_nwk_s_key = ?, mc_app_s_key = ?, mc_f_cnt_down = ?, settings = ?, updated = ?"
                            + " WHERE id = ?", fields,
                    "INSERT INTO device_groups (name, description, owner_account_id, mc_dev_addr, mc_nwk_s_key,"
                            + " mc_app_s_key, mc_f_cnt_down, settings, updated, id, created)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    java.util.stream.Stream.concat(java.util.Arrays.stream(fields), java.util.stream.Stream.of(now))
                            .toArray());
            return find(tx, g.id()).orElseThrow();
        });
    }

    public Optional<DeviceGroup> find(String id) {
        return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM device_groups WHERE id = ?", GroupRepository::map,
                id));
    }

    public Optional<DeviceGroup> find(Tx tx, String id) {
        return Sql.one(tx.connection(), "SELECT " + COLUMNS + " FROM device_groups WHERE id = ?",
                GroupRepository::map, id);
    }

    /// {@return the groups in id order}
    public List<DeviceGroup> list(Page page) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM device_groups ORDER BY id LIMIT ? OFFSET ?",
                GroupRepository::map, page.limit(), page.offset()));
    }

    /// {@return the groups whose multicast session uses `devAddr`}
    public List<DeviceGroup> findByMulticastAddr(DevAddr devAddr) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM device_groups WHERE mc_dev_addr = ? ORDER BY id",
                GroupRepository::map, devAddr));
    }

    /// Deletes the group, its memberships and its queued downlinks. {@return whether it existed}
    public boolean delete(String id) {
        return db.inTransaction(tx -> Sql.update(tx.connection(), "DELETE FROM device_groups WHERE id = ?", id) == 1);
    }

    /// Adds a device to the group (adding it twice keeps one membership).
    public void addMember(String groupId, Eui64 devEui) {
        db.runInTransaction(tx -> Sql.update(tx.connection(), "INSERT INTO group_members (group_id, dev_eui)"
                + " SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM group_members WHERE group_id = ? AND dev_eui = ?)",
                groupId, devEui, groupId, devEui));
    }

    /// {@return whether the device was a member}
    public boolean removeMember(String groupId, Eui64 devEui) {
        return db.inTransaction(tx -> Sql.update(tx.connection(),
                "DELETE FROM group_members WHERE group_id = ? AND dev_eui = ?", groupId, devEui) == 1);
    }

    /// {@return the members' DevEUIs in order}
    public List<Eui64> members(String groupId) {
        return db.read(c -> Sql.list(c, "SELECT dev_eui FROM group_members WHERE group_id = ? ORDER BY dev_eui",
                rs -> Sql.eui(rs, "dev_eui"), groupId));
    }

    /// {@return the ids of the groups the device belongs to}, in order
    public List<String> groupsOf(Eui64 devEui) {
        return db.read(c -> Sql.list(c, "SELECT group_id FROM group_members WHERE dev_eui = ? ORDER BY group_id",
                rs -> rs.getString(1), devEui));
    }

    /// {@return the multicast FCntDown for the next group downlink}, and counts it as used
    /// @throws StoreException when the group has no multicast session
    public long takeMulticastFCntDown(Tx tx, String groupId) {
        int n = Sql.update(tx.connection(), "UPDATE device_groups SET mc_f_cnt_down = mc_f_cnt_down + 1, updated = ?"
                + " WHERE id = ? AND mc_f_cnt_down IS NOT NULL", db.clock().instant(), groupId);
        if (n != 1) {
            throw new StoreException("group " + groupId + " has no multicast session");
        }
        return Sql.one(tx.connection(), "SELECT mc_f_cnt_down FROM device_groups WHERE id = ?", rs -> rs.getLong(1),
                groupId).orElseThrow() - 1;
    }

    /// Uses `fCnt` as the counter of the group's next multicast downlink (moving it to `fCnt + 1`). {@return false,
    /// changing nothing, when `fCnt` is below the next counter or the group has no multicast session}
    public boolean forceMulticastFCntDown(Tx tx, String groupId, long fCnt) {
        return Sql.update(tx.connection(), "UPDATE device_groups SET mc_f_cnt_down = ?, updated = ? WHERE id = ?"
                + " AND mc_f_cnt_down <= ?", fCnt + 1, db.clock().instant(), groupId, fCnt) == 1;
    }

    private static DeviceGroup map(ResultSet rs) throws SQLException {
        Optional<DevAddr> addr = Sql.optDevAddr(rs, "mc_dev_addr");
        Optional<MulticastSession> mc = Optional.empty();
        if (addr.isPresent()) {
            AesKey nwk = Sql.key(rs, "mc_nwk_s_key");
            AesKey app = Sql.key(rs, "mc_app_s_key");
            mc = Optional.of(new MulticastSession(addr.get(), nwk, app, rs.getLong("mc_f_cnt_down")));
        }
        return new DeviceGroup(rs.getString("id"), rs.getString("name"), rs.getString("description"),
                Sql.optLong(rs, "owner_account_id"), mc, StoreJson.tree(rs.getString("settings")),
                Sql.instant(rs, "created"), Sql.instant(rs, "updated"));
    }
}
