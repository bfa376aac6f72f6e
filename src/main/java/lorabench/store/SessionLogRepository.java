// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import lorabench.lorawan.types.Direction;

/// The session log: every frame in and out, in time order, for the live view and for export.
public final class SessionLogRepository {
    private static final String COLUMNS = "id, event_time, direction, gateway_eui, dev_eui, dev_addr, m_type, f_cnt,"
            + " f_port, phy_payload, payload, mic_valid, frequency, data_rate, rssi, snr, event, reason";
    private static final String INSERT = "INSERT INTO session_log (event_time, direction, gateway_eui, dev_eui,"
            + " dev_addr, m_type, f_cnt, f_port, phy_payload, payload, mic_valid, frequency, data_rate, rssi, snr,"
            + " event, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /// Rows fetched per round trip while streaming, so an export never holds the whole log in memory.
    private static final int FETCH_SIZE = 500;

    private final Database db;

    public SessionLogRepository(Database db) {
        this.db = db;
    }

    /// Appends one entry in the caller's transaction. {@return the entry with its id}
    public SessionLogEntry insert(Tx tx, SessionLogEntry e) {
        return e.withId(Sql.insertReturningId(tx.connection(), INSERT, params(e)));
    }

    /// Appends entries in one JDBC batch in the caller's transaction (their ids are not read back).
    public void insertAll(Tx tx, List<SessionLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = tx.connection().prepareStatement(INSERT)) {
            for (SessionLogEntry e : entries) {
                Sql.bind(ps, params(e));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure(INSERT, e);
        }
    }

    /// Appends entries in their own transaction.
    public void insertAll(List<SessionLogEntry> entries) {
        db.runInTransaction(tx -> insertAll(tx, entries));
    }

    /// {@return a page of matching entries in time order}, for list views
    public List<SessionLogEntry> list(SessionLogQuery query, Page page) {
        Where w = where(query);
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM session_log" + w.sql()
                + " ORDER BY event_time, id LIMIT ? OFFSET ?", SessionLogRepository::map,
                w.params(page.limit(), page.offset())));
    }

    /// Streams every matching entry to `sink` in time order (ties by insertion order), fetching rows in small
    /// chunks so exports of any size run in constant memory. {@return how many entries were passed}
    public long forEach(SessionLogQuery query, Consumer<? super SessionLogEntry> sink) {
        Where w = where(query);
        String sql = "SELECT " + COLUMNS + " FROM session_log" + w.sql() + " ORDER BY event_time, id";
        try (Connection c = db.connection()) {
            // PostgreSQL honours the fetch size only inside a transaction (otherwise it reads the whole result).
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(FETCH_SIZE);
                Sql.bind(ps, w.params());
                long n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(map(rs));
                        n++;
                    }
                }
                return n;
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Sql.failure(sql, e);
        }
    }

    public long count(SessionLogQuery query) {
        Where w = where(query);
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM session_log" + w.sql(), w.params()));
    }

    /// Deletes entries older than `before` (log retention). {@return how many}
    public int deleteBefore(Instant before) {
        return db.inTransaction(tx -> Sql.update(tx.connection(), "DELETE FROM session_log WHERE event_time < ?",
                before));
    }

    private static Where where(SessionLogQuery q) {
        return new Where()
                .addIf(q.devEui(), "dev_eui = ?")
                .addIf(q.from(), "event_time >= ?")
                .addIf(q.to(), "event_time < ?");
    }

    private static Object[] params(SessionLogEntry e) {
        return new Object[] {e.time(), direction(e.direction()), e.gatewayEui(), e.devEui(), e.devAddr(), e.mType(),
                e.fCnt(), e.fPort(), e.phyPayload(), e.payload(), e.micValid(), e.frequencyHz(), e.dataRate(),
                e.rssi(), e.snr(), e.event().text(), e.reason()};
    }

    private static String direction(Direction d) {
        return switch (d) {
            case UPLINK -> "up";
            case DOWNLINK -> "down";
        };
    }

    private static SessionLogEntry map(ResultSet rs) throws SQLException {
        Direction dir = switch (rs.getString("direction")) {
            case "up" -> Direction.UPLINK;
            case "down" -> Direction.DOWNLINK;
            default -> throw new StoreException("bad direction in session_log row " + rs.getLong("id"));
        };
        return new SessionLogEntry(rs.getLong("id"), Sql.instant(rs, "event_time"), dir, Sql.optEui(rs, "gateway_eui"),
                Sql.optEui(rs, "dev_eui"), Sql.optDevAddr(rs, "dev_addr"), rs.getString("m_type"),
                Sql.optLong(rs, "f_cnt"), Sql.optInt(rs, "f_port"), Sql.bytes(rs, "phy_payload"),
                Sql.optBytes(rs, "payload"), Sql.optBoolean(rs, "mic_valid"), rs.getLong("frequency"),
                rs.getString("data_rate"), Sql.optDouble(rs, "rssi"), Sql.optDouble(rs, "snr"),
                LogEvent.parse(rs.getString("event")), Sql.optString(rs, "reason"));
    }
}
