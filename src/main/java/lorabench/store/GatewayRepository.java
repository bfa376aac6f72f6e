// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;

/// Gateways, their last contact and statistics.
public final class GatewayRepository {
    private static final String COLUMNS = "gateway_eui, name, owner_account_id, latitude, longitude, altitude,"
            + " last_seen, rx_received, rx_ok, rx_forwarded, tx_received, tx_emitted, attributes, created, updated";

    private final Database db;

    public GatewayRepository(Database db) {
        this.db = db;
    }

    /// Inserts the gateway or replaces its name, owner, position and attributes; statistics and last contact are
    /// kept for an existing gateway. {@return the gateway as stored}
    public Gateway save(Gateway g) {
        return db.inTransaction(tx -> {
            Instant now = db.clock().instant();
            String attrs = StoreJson.write(g.attributes());
            Sql.upsert(tx.connection(),
                    "UPDATE gateways SET name = ?, owner_account_id = ?, latitude = ?, longitude = ?, altitude = ?,"
                            + " attributes = ?, updated = ? WHERE gateway_eui = ?",
                    new Object[] {g.name(), g.ownerAccountId(), Sql.lat(g.position()), Sql.lon(g.position()),
                            Sql.alt(g.position()), attrs, now, g.eui()},
                    "INSERT INTO gateways (name, owner_account_id, latitude, longitude, altitude, attributes, updated,"
                            + " gateway_eui, created, last_seen, rx_received, rx_ok, rx_forwarded, tx_received,"
                            + " tx_emitted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new Object[] {g.name(), g.ownerAccountId(), Sql.lat(g.position()), Sql.lon(g.position()),
                            Sql.alt(g.position()), attrs, now, g.eui(), now, g.lastSeen(), g.stats().rxReceived(),
                            g.stats().rxOk(), g.stats().rxForwarded(), g.stats().txReceived(),
                            g.stats().txEmitted()});
            return find(tx, g.eui()).orElseThrow();
        });
    }

    /// Records a contact (PUSH_DATA, PULL_DATA, TX_ACK) at `at`. {@return whether the gateway is known}
    public boolean recordSeen(Tx tx, Eui64 eui, Instant at) {
        return Sql.update(tx.connection(), "UPDATE gateways SET last_seen = ? WHERE gateway_eui = ?", at, eui) == 1;
    }

    /// Adds a `stat` report's counters to the totals and records the contact. {@return whether the gateway is known}
    public boolean addStats(Tx tx, Eui64 eui, GatewayStats delta, Instant at) {
        return Sql.update(tx.connection(), "UPDATE gateways SET rx_received = rx_received + ?, rx_ok = rx_ok + ?,"
                + " rx_forwarded = rx_forwarded + ?, tx_received = tx_received + ?, tx_emitted = tx_emitted + ?,"
                + " last_seen = ?, updated = ? WHERE gateway_eui = ?", delta.rxReceived(), delta.rxOk(),
                delta.rxForwarded(), delta.txReceived(), delta.txEmitted(), at, db.clock().instant(), eui) == 1;
    }

    /// Records the position a gateway reported (its GPS fix in a `stat` report). {@return whether the gateway is known}
    public boolean reportPosition(Tx tx, Eui64 eui, Position position) {
        return Sql.update(tx.connection(), "UPDATE gateways SET latitude = ?, longitude = ?, altitude = ?, updated = ?"
                + " WHERE gateway_eui = ?", position.latitude(), position.longitude(), position.altitude(),
                db.clock().instant(), eui) == 1;
    }

    public Optional<Gateway> find(Eui64 eui) {
        return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM gateways WHERE gateway_eui = ?",
                GatewayRepository::map, eui));
    }

    public Optional<Gateway> find(Tx tx, Eui64 eui) {
        return Sql.one(tx.connection(), "SELECT " + COLUMNS + " FROM gateways WHERE gateway_eui = ?",
                GatewayRepository::map, eui);
    }

    /// {@return the gateways in EUI order}
    public List<Gateway> list(Page page) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM gateways ORDER BY gateway_eui LIMIT ? OFFSET ?",
                GatewayRepository::map, page.limit(), page.offset()));
    }

    /// {@return the account's gateways in EUI order}
    public List<Gateway> byOwner(long accountId) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM gateways WHERE owner_account_id = ?"
                + " ORDER BY gateway_eui", GatewayRepository::map, accountId));
    }

    public long count() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM gateways"));
    }

    public boolean delete(Eui64 eui) {
        return db.inTransaction(tx -> Sql.update(tx.connection(), "DELETE FROM gateways WHERE gateway_eui = ?",
                eui) == 1);
    }

    private static Gateway map(ResultSet rs) throws SQLException {
        return new Gateway(Sql.eui(rs, "gateway_eui"), rs.getString("name"), Sql.optLong(rs, "owner_account_id"),
                Sql.position(rs), Sql.optInstant(rs, "last_seen"),
                new GatewayStats(rs.getLong("rx_received"), rs.getLong("rx_ok"), rs.getLong("rx_forwarded"),
                        rs.getLong("tx_received"), rs.getLong("tx_emitted")),
                StoreJson.tree(rs.getString("attributes")), Sql.instant(rs, "created"), Sql.instant(rs, "updated"));
    }
}
