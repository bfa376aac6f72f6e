// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;

/// Device sessions: keys, frame counters, MAC state and pending MAC commands.
///
/// Counter changes are single conditional `UPDATE`s, so two server threads never both accept the same uplink
/// ([#advanceFCntUp]) nor both take the same downlink counter ([#takeNFCntDown], [#takeAFCntDown]).
public final class DeviceSessionRepository {
    private static final String COLUMNS = "dev_eui, dev_addr, mac_version, f_nwk_s_int_key, s_nwk_s_int_key,"
            + " nwk_s_enc_key, app_s_key, f_cnt_up, n_f_cnt_down, a_f_cnt_down, conf_f_cnt, mac_state,"
            + " pending_mac_commands, created, updated";

    private final Database db;

    public DeviceSessionRepository(Database db) {
        this.db = db;
    }

    /// Stores `session` as the device's session, replacing any previous one (a join starts a new session).
    /// {@return the session as stored}
    public DeviceSession save(DeviceSession session) {
        return db.inTransaction(tx -> save(tx, session));
    }

    public DeviceSession save(Tx tx, DeviceSession s) {
        Connection c = tx.connection();
        Instant now = db.clock().instant();
        SessionKeys k = s.keys();
        Object[] fields = {s.devAddr(), s.macVersion(), k.fNwkSIntKey(), k.sNwkSIntKey(), k.nwkSEncKey(), k.appSKey(),
                s.fCntUp(), s.nFCntDown(), s.aFCntDown(), s.confFCnt(), s.macState(),
                s.pendingMacCommands(), now, s.devEui()};
        Sql.upsert(c,
                "UPDATE device_sessions SET dev_addr = ?, mac_version = ?, f_nwk_s_int_key = ?, s_nwk_s_int_key = ?,"
                        + " nwk_s_enc_key = ?, app_s_key = ?, f_cnt_up = ?, n_f_cnt_down = ?, a_f_cnt_down = ?,"
                        + " conf_f_cnt = ?, mac_state = ?, pending_mac_commands = ?, created = ?, updated = ?"
                        + " WHERE dev_eui = ?",
                new Object[] {s.devAddr(), s.macVersion(), k.fNwkSIntKey(), k.sNwkSIntKey(), k.nwkSEncKey(),
                        k.appSKey(), s.fCntUp(), s.nFCntDown(), s.aFCntDown(), s.confFCnt(),
                        s.macState(), s.pendingMacCommands(), now, now, s.devEui()},
                "INSERT INTO device_sessions (dev_addr, mac_version, f_nwk_s_int_key, s_nwk_s_int_key, nwk_s_enc_key,"
                        + " app_s_key, f_cnt_up, n_f_cnt_down, a_f_cnt_down, conf_f_cnt, mac_state,"
                        + " pending_mac_commands, updated, dev_eui, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?)",
                append(fields, now));
        db.deviceChanges().changed(tx, new DeviceChanges.Change(s.devEui(), Optional.of(s.devAddr())));
        return find(c, s.devEui()).orElseThrow();
    }

    public Optional<DeviceSession> find(Eui64 devEui) {
        return db.read(c -> find(c, devEui));
    }

    public Optional<DeviceSession> find(Tx tx, Eui64 devEui) {
        return find(tx.connection(), devEui);
    }

    /// {@return up to `limit` sessions in DevEUI order, from the one after `afterDevEui` on} (all when empty),
    /// for loading sessions in pages
    public List<DeviceSession> page(Optional<Eui64> afterDevEui, int limit) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM device_sessions WHERE dev_eui > ?"
                + " ORDER BY dev_eui LIMIT ?", DeviceSessionRepository::map,
                afterDevEui.map(Eui64::toString).orElse(""), limit));
    }

    /// {@return every session using `devAddr`}, in DevEUI order: DevAddr is not unique (L2 1.0.4 §6.1.1), so the
    /// caller checks the MIC against each candidate
    public List<DeviceSession> findByDevAddr(DevAddr devAddr) {
        return db.read(c -> findByDevAddr(c, devAddr));
    }

    public List<DeviceSession> findByDevAddr(Tx tx, DevAddr devAddr) {
        return findByDevAddr(tx.connection(), devAddr);
    }

    /// Accepts an uplink: moves the next expected FCntUp from `expected` to `next` (and stores `confFCnt` when the
    /// uplink was confirmed). {@return false when another thread moved it first}, i.e. the uplink is a replay
    public boolean advanceFCntUp(Tx tx, Eui64 devEui, long expected, long next, Optional<Long> confFCnt) {
        if (confFCnt.isPresent()) {
            return Sql.update(tx.connection(), "UPDATE device_sessions SET f_cnt_up = ?, conf_f_cnt = ?, updated = ?"
                    + " WHERE dev_eui = ? AND f_cnt_up = ?", next, confFCnt.get(), db.clock().instant(), devEui,
                    expected) == 1;
        }
        return Sql.update(tx.connection(), "UPDATE device_sessions SET f_cnt_up = ?, updated = ?"
                + " WHERE dev_eui = ? AND f_cnt_up = ?", next, db.clock().instant(), devEui, expected) == 1;
    }

    /// Accepts an uplink in one statement: moves the next expected FCntUp from `expected` to `next` (the
    /// compare-and-set of [#advanceFCntUp]), stores `confFCnt` when the uplink was confirmed and the MAC state when
    /// it changed. Gives no [DeviceChanges] notice: the uplink path keeps its own cache up to date.
    /// {@return false when the counter was not `expected`} (nothing is written then)
    public boolean acceptUplink(Tx tx, Eui64 devEui, long expected, long next, Optional<Long> confFCnt,
            Optional<String> macState) {
        StringBuilder sql = new StringBuilder("UPDATE device_sessions SET f_cnt_up = ?, updated = ?");
        Object[] params = new Object[2 + (confFCnt.isPresent() ? 1 : 0) + (macState.isPresent() ? 1 : 0) + 2];
        int i = 0;
        params[i++] = next;
        params[i++] = db.clock().instant();
        if (confFCnt.isPresent()) {
            sql.append(", conf_f_cnt = ?");
            params[i++] = confFCnt.get();
        }
        if (macState.isPresent()) {
            sql.append(", mac_state = ?");
            params[i++] = macState.get();
        }
        sql.append(" WHERE dev_eui = ? AND f_cnt_up = ?");
        params[i++] = devEui;
        params[i] = expected;
        return Sql.update(tx.connection(), sql.toString(), params) == 1;
    }

    /// {@return the NFCntDown to put in the next network downlink}, and counts it as used
    /// @throws StoreException when the device has no session
    public long takeNFCntDown(Tx tx, Eui64 devEui) {
        return take(tx, devEui, "n_f_cnt_down");
    }

    /// {@return the AFCntDown to put in the next application downlink (1.1)}, and counts it as used
    public long takeAFCntDown(Tx tx, Eui64 devEui) {
        return take(tx, devEui, "a_f_cnt_down");
    }

    /// Uses `fCnt` as the NFCntDown of the next downlink (a counter the application chose, OrbiWAN `fcnt`): the
    /// counter moves to `fCnt + 1`. {@return false, changing nothing, when `fCnt` is below the next counter} (it was
    /// used already, the device would drop the frame as a replay)
    public boolean forceNFCntDown(Tx tx, Eui64 devEui, long fCnt) {
        return force(tx, devEui, "n_f_cnt_down", fCnt);
    }

    /// As [#forceNFCntDown] for the AFCntDown of a 1.1 application downlink.
    public boolean forceAFCntDown(Tx tx, Eui64 devEui, long fCnt) {
        return force(tx, devEui, "a_f_cnt_down", fCnt);
    }

    private boolean force(Tx tx, Eui64 devEui, String column, long fCnt) {
        return Sql.update(tx.connection(), "UPDATE device_sessions SET " + column + " = ?, updated = ?"
                + " WHERE dev_eui = ? AND " + column + " <= ?", fCnt + 1, db.clock().instant(), devEui, fCnt) == 1;
    }

    /// Replaces the MAC state and the pending MAC commands. {@return whether the session exists}
    public boolean updateMacState(Tx tx, Eui64 devEui, String state, Bytes pendingMacCommands) {
        db.deviceChanges().changed(tx, new DeviceChanges.Change(devEui, Optional.empty()));
        return Sql.update(tx.connection(), "UPDATE device_sessions SET mac_state = ?, pending_mac_commands = ?,"
                + " updated = ? WHERE dev_eui = ?", state, pendingMacCommands, db.clock().instant(),
                devEui) == 1;
    }

    /// Ends the session (the device must join again). {@return whether there was one}
    public boolean delete(Eui64 devEui) {
        return db.inTransaction(tx -> {
            db.deviceChanges().changed(tx, new DeviceChanges.Change(devEui, Optional.empty()));
            return Sql.update(tx.connection(), "DELETE FROM device_sessions WHERE dev_eui = ?", devEui) == 1;
        });
    }

    /// As [#delete(Eui64)], in the caller's transaction.
    public boolean delete(Tx tx, Eui64 devEui) {
        return Sql.update(tx.connection(), "DELETE FROM device_sessions WHERE dev_eui = ?", devEui) == 1;
    }

    public long count() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM device_sessions"));
    }

    private long take(Tx tx, Eui64 devEui, String column) {
        // The UPDATE locks the row until commit, so the value read back is this transaction's own.
        int n = Sql.update(tx.connection(), "UPDATE device_sessions SET " + column + " = " + column + " + 1,"
                + " updated = ? WHERE dev_eui = ?", db.clock().instant(), devEui);
        if (n != 1) {
            throw new StoreException("no session for device " + devEui);
        }
        return Sql.one(tx.connection(), "SELECT " + column + " FROM device_sessions WHERE dev_eui = ?",
                rs -> rs.getLong(1), devEui).orElseThrow() - 1;
    }

    private static Optional<DeviceSession> find(Connection c, Eui64 devEui) {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM device_sessions WHERE dev_eui = ?",
                DeviceSessionRepository::map, devEui);
    }

    private static List<DeviceSession> findByDevAddr(Connection c, DevAddr devAddr) {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM device_sessions WHERE dev_addr = ? ORDER BY dev_eui",
                DeviceSessionRepository::map, devAddr);
    }

    private static Object[] append(Object[] fields, Object last) {
        Object[] all = java.util.Arrays.copyOf(fields, fields.length + 1);
        all[fields.length] = last;
        return all;
    }

    private static DeviceSession map(ResultSet rs) throws SQLException {
        return new DeviceSession(Sql.eui(rs, "dev_eui"), Sql.devAddr(rs, "dev_addr"),
                MacVersion.parse(rs.getString("mac_version")),
                new SessionKeys(Sql.key(rs, "f_nwk_s_int_key"), Sql.key(rs, "s_nwk_s_int_key"),
                        Sql.key(rs, "nwk_s_enc_key"), Sql.optKey(rs, "app_s_key")),
                rs.getLong("f_cnt_up"), rs.getLong("n_f_cnt_down"), rs.getLong("a_f_cnt_down"),
                rs.getLong("conf_f_cnt"), rs.getString("mac_state"),
                Sql.bytes(rs, "pending_mac_commands"), Sql.instant(rs, "created"), Sql.instant(rs, "updated"));
    }
}
