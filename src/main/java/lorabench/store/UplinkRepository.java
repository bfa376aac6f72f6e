// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;

/// Stored uplink payloads.
public final class UplinkRepository {
    private static final String COLUMNS = "id, dev_eui, dev_addr, received, f_cnt, f_port, confirmed, payload,"
            + " phy_payload, frequency, data_rate, radio, push_status";
    private static final TypeReference<List<GatewayRx>> RADIO = new TypeReference<>() {};

    private final Database db;

    public UplinkRepository(Database db) {
        this.db = db;
    }

    /// Stores the uplink (its id is ignored). {@return the uplink with its id}
    public Uplink insert(Uplink uplink) {
        return db.inTransaction(tx -> insert(tx, uplink));
    }

    /// Stores the uplink in the caller's transaction, so it commits with the counter update and the session log.
    /// {@return the uplink with its id}
    public Uplink insert(Tx tx, Uplink u) {
        long id = Sql.insertReturningId(tx.connection(),
                "INSERT INTO uplinks (dev_eui, dev_addr, received, f_cnt, f_port, confirmed, payload, phy_payload,"
                        + " frequency, data_rate, radio, push_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                u.devEui(), u.devAddr(), u.received(), u.fCnt(), u.fPort(), u.confirmed(), u.payload(),
                u.phyPayload(), u.frequencyHz(), u.dataRate(), StoreJson.write(u.gateways()), u.pushStatus());
        return u.withId(id);
    }

    public Optional<Uplink> find(long id) {
        return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM uplinks WHERE id = ?", UplinkRepository::map,
                id));
    }

    /// {@return the matching uplinks, oldest first}
    public List<Uplink> list(UplinkQuery query, Page page) {
        Where w = where(query);
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM uplinks" + w.sql()
                + " ORDER BY received, id LIMIT ? OFFSET ?", UplinkRepository::map,
                w.params(page.limit(), page.offset())));
    }

    /// {@return the matching uplinks, newest first}
    public List<Uplink> listNewestFirst(UplinkQuery query, Page page) {
        Where w = where(query);
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM uplinks" + w.sql()
                + " ORDER BY received DESC, id DESC LIMIT ? OFFSET ?", UplinkRepository::map,
                w.params(page.limit(), page.offset())));
    }

    /// {@return the device's most recent uplink}
    public Optional<Uplink> latest(Eui64 devEui) {
        return listNewestFirst(UplinkQuery.device(devEui), Page.first(1)).stream().findFirst();
    }

    public long count(UplinkQuery query) {
        Where w = where(query);
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM uplinks" + w.sql(), w.params()));
    }

    /// {@return the uplinks waiting to be pushed, oldest first}
    public List<Uplink> pendingPush(int limit) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM uplinks WHERE push_status = ? ORDER BY id"
                + " LIMIT ?", UplinkRepository::map, PushStatus.PENDING, limit));
    }

    /// {@return whether the uplink exists}
    public boolean setPushStatus(Tx tx, long id, PushStatus status) {
        return Sql.update(tx.connection(), "UPDATE uplinks SET push_status = ? WHERE id = ?", status, id) == 1;
    }

    public boolean setPushStatus(long id, PushStatus status) {
        return db.inTransaction(tx -> setPushStatus(tx, id, status));
    }

    public boolean delete(long id) {
        return db.inTransaction(tx -> Sql.update(tx.connection(), "DELETE FROM uplinks WHERE id = ?", id) == 1);
    }

    /// Deletes every matching uplink. {@return how many}
    public int delete(UplinkQuery query) {
        Where w = where(query);
        return db.inTransaction(tx -> Sql.update(tx.connection(), "DELETE FROM uplinks" + w.sql(), w.params()));
    }

    private static Where where(UplinkQuery q) {
        return new Where()
                .addIf(q.devEui(), "dev_eui = ?")
                .addIf(q.from(), "received >= ?")
                .addIf(q.to(), "received < ?")
                .addIf(q.minFPort(), "f_port >= ?")
                .addIf(q.maxFPort(), "f_port <= ?");
    }

    private static Uplink map(ResultSet rs) throws SQLException {
        return new Uplink(rs.getLong("id"), Sql.eui(rs, "dev_eui"), Sql.devAddr(rs, "dev_addr"),
                Sql.instant(rs, "received"), rs.getLong("f_cnt"), Sql.optInt(rs, "f_port"), rs.getBoolean("confirmed"),
                Sql.bytes(rs, "payload"), Sql.bytes(rs, "phy_payload"), rs.getLong("frequency"),
                rs.getString("data_rate"), StoreJson.read(rs.getString("radio"), RADIO),
                PushStatus.valueOf(rs.getString("push_status")));
    }
}
