// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;

/// The downlink queue: FIFO per device or group, with status transitions that are checked against
/// [DownlinkStatus#canMoveTo] and applied atomically (compare-and-set on the current status).
public final class DownlinkRepository {
    private static final String COLUMNS = "id, dev_eui, group_id, f_port, payload, confirmed, requested_f_cnt, f_cnt,"
            + " status, error, created, sent, updated, tag";

    private final Database db;

    public DownlinkRepository(Database db) {
        this.db = db;
    }

    /// Queues a downlink as PENDING. {@return it with its id and times}
    public Downlink enqueue(Downlink draft) {
        return db.inTransaction(tx -> enqueue(tx, draft));
    }

    public Downlink enqueue(Tx tx, Downlink d) {
        Instant now = db.clock().instant();
        long id = Sql.insertReturningId(tx.connection(),
                "INSERT INTO downlinks (dev_eui, group_id, f_port, payload, confirmed, requested_f_cnt, status, created,"
                        + " updated, tag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.target() instanceof DownlinkTarget.Device dev ? dev.devEui() : null,
                d.target() instanceof DownlinkTarget.Group g ? g.groupId() : null, d.fPort(), d.payload(),
                d.confirmed(), d.requestedFCnt(), DownlinkStatus.PENDING, now, now, d.tag());
        return find(tx, id).orElseThrow();
    }

    public Optional<Downlink> find(long id) {
        return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM downlinks WHERE id = ?", DownlinkRepository::map,
                id));
    }

    public Optional<Downlink> find(Tx tx, long id) {
        return Sql.one(tx.connection(), "SELECT " + COLUMNS + " FROM downlinks WHERE id = ?", DownlinkRepository::map,
                id);
    }

    /// {@return the oldest PENDING downlink for the target}, the next to send
    public Optional<Downlink> nextPending(DownlinkTarget target) {
        return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM downlinks WHERE " + column(target)
                + " = ? AND status = ? ORDER BY id LIMIT 1", DownlinkRepository::map, key(target),
                DownlinkStatus.PENDING));
    }

    public Optional<Downlink> nextPending(Tx tx, DownlinkTarget target) {
        return Sql.one(tx.connection(), "SELECT " + COLUMNS + " FROM downlinks WHERE " + column(target)
                + " = ? AND status = ? ORDER BY id LIMIT 1", DownlinkRepository::map, key(target),
                DownlinkStatus.PENDING);
    }

    /// {@return how many downlinks wait for the target} (the FPending bit is set when more than one does)
    public long countPending(DownlinkTarget target) {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM downlinks WHERE " + column(target)
                + " = ? AND status = ?", key(target), DownlinkStatus.PENDING));
    }

    /// {@return the target's downlinks in queue order}, all statuses
    public List<Downlink> list(DownlinkTarget target, Page page) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM downlinks WHERE " + column(target)
                + " = ? ORDER BY id LIMIT ? OFFSET ?", DownlinkRepository::map, key(target), page.limit(),
                page.offset()));
    }

    /// Moves a PENDING downlink to SENT with the frame counter it went out with. {@return false when it was not
    /// PENDING any more} (cancelled meanwhile, or sent by another thread)
    public boolean markSent(Tx tx, long id, long fCnt, Instant at) {
        return Sql.update(tx.connection(), "UPDATE downlinks SET status = ?, f_cnt = ?, sent = ?, updated = ?"
                + " WHERE id = ? AND status = ?", DownlinkStatus.SENT, fCnt, at, at, id, DownlinkStatus.PENDING) == 1;
    }

    /// Moves the downlink from `from` to `to` (not SENT: use [#markSent]), recording `error` for ERROR.
    /// {@return false when its status was no longer `from`}
    /// @throws IllegalArgumentException when the life cycle does not allow `from -> to`
    public boolean transition(Tx tx, long id, DownlinkStatus from, DownlinkStatus to, Optional<String> error) {
        if (!from.canMoveTo(to) || to == DownlinkStatus.SENT) {
            throw new IllegalArgumentException("a downlink cannot move from " + from + " to " + to
                    + (to == DownlinkStatus.SENT ? " with transition(); use markSent()" : ""));
        }
        return Sql.update(tx.connection(), "UPDATE downlinks SET status = ?, error = ?, updated = ? WHERE id = ?"
                + " AND status = ?", to, error, db.clock().instant(), id, from) == 1;
    }

    public boolean transition(long id, DownlinkStatus from, DownlinkStatus to, Optional<String> error) {
        return db.inTransaction(tx -> transition(tx, id, from, to, error));
    }

    /// {@return how many downlinks wait for the target}, in the caller's transaction
    public long countPending(Tx tx, DownlinkTarget target) {
        return Sql.count(tx.connection(), "SELECT COUNT(*) FROM downlinks WHERE " + column(target)
                + " = ? AND status = ?", key(target), DownlinkStatus.PENDING);
    }

    /// {@return the target's PENDING downlinks in queue order}, in the caller's transaction
    public List<Downlink> pending(Tx tx, DownlinkTarget target) {
        return Sql.list(tx.connection(), "SELECT " + COLUMNS + " FROM downlinks WHERE " + column(target)
                + " = ? AND status = ? ORDER BY id", DownlinkRepository::map, key(target), DownlinkStatus.PENDING);
    }

    /// {@return the target's confirmed downlinks still waiting for an ACK} (SENT), oldest first
    public List<Downlink> awaitingAck(Tx tx, DownlinkTarget target) {
        return Sql.list(tx.connection(), "SELECT " + COLUMNS + " FROM downlinks WHERE " + column(target)
                + " = ? AND status = ? AND confirmed = TRUE ORDER BY id", DownlinkRepository::map, key(target),
                DownlinkStatus.SENT);
    }

    /// Cancels every PENDING downlink of the target in the caller's transaction. {@return the cancelled ones}
    public List<Downlink> cancelPending(Tx tx, DownlinkTarget target) {
        List<Downlink> pending = pending(tx, target);
        for (Downlink d : pending) {
            transition(tx, d.id(), DownlinkStatus.PENDING, DownlinkStatus.CANCELLED, Optional.empty());
        }
        return pending;
    }

    /// Cancels every PENDING downlink of the target (flushing the queue). {@return how many}
    public int cancelPending(DownlinkTarget target) {
        return db.inTransaction(tx -> Sql.update(tx.connection(), "UPDATE downlinks SET status = ?, updated = ?"
                + " WHERE " + column(target) + " = ? AND status = ?", DownlinkStatus.CANCELLED, db.clock().instant(),
                key(target), DownlinkStatus.PENDING));
    }

    /// Deletes downlinks in a final state. {@return how many}
    public int purgeFinished(DownlinkTarget target) {
        return db.inTransaction(tx -> Sql.update(tx.connection(), "DELETE FROM downlinks WHERE " + column(target)
                + " = ? AND status IN (?, ?, ?, ?)", key(target), DownlinkStatus.ACKNOWLEDGED,
                DownlinkStatus.NOT_ACKNOWLEDGED, DownlinkStatus.ERROR, DownlinkStatus.CANCELLED));
    }

    private static String column(DownlinkTarget target) {
        return switch (target) {
            case DownlinkTarget.Device d -> "dev_eui";
            case DownlinkTarget.Group g -> "group_id";
        };
    }

    private static Object key(DownlinkTarget target) {
        return switch (target) {
            case DownlinkTarget.Device d -> d.devEui();
            case DownlinkTarget.Group g -> g.groupId();
        };
    }

    private static Downlink map(ResultSet rs) throws SQLException {
        Optional<Eui64> dev = Sql.optEui(rs, "dev_eui");
        String group = rs.getString("group_id");
        DownlinkTarget target = dev.isPresent() ? new DownlinkTarget.Device(dev.get()) : new DownlinkTarget.Group(group);
        return new Downlink(rs.getLong("id"), target, rs.getInt("f_port"), Sql.bytes(rs, "payload"),
                rs.getBoolean("confirmed"), Sql.optLong(rs, "requested_f_cnt"), Sql.optLong(rs, "f_cnt"),
                DownlinkStatus.valueOf(rs.getString("status")), Sql.optString(rs, "error"), Sql.instant(rs, "created"),
                Sql.optInstant(rs, "sent"), Sql.instant(rs, "updated"), Sql.optString(rs, "tag"));
    }
}
