// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/// The push answers of stored uplinks, one row per uplink and target: a new answer replaces the target's last one.
public final class PushAnswerRepository {
    private static final String COLUMNS = "uplink_id, target_id, account_id, status, answered";
    /// Bound on the ids of one `IN` list, well under every driver's parameter limit.
    private static final int CHUNK = 500;

    private final Database db;

    public PushAnswerRepository(Database db) {
        this.db = db;
    }

    /// Records `answer` in the caller's transaction: one statement for an uplink's first answer from the target,
    /// two when it replaces an earlier one. {@return false when the uplink no longer exists}
    public boolean record(Tx tx, PushAnswer a) {
        Object status = a.status().isPresent() ? a.status().getAsInt() : null;
        // typed casts: PostgreSQL cannot infer the type of a bare parameter in a select list
        if (Sql.update(tx.connection(), "INSERT INTO push_answers (" + COLUMNS + ") SELECT CAST(? AS BIGINT),"
                + " CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS TIMESTAMP WITH TIME ZONE)"
                + " FROM uplinks u WHERE u.id = ? AND NOT EXISTS (SELECT 1 FROM push_answers p"
                + " WHERE p.uplink_id = ? AND p.target_id = ?)", a.uplinkId(), a.targetId(), a.accountId(), status,
                a.answered(), a.uplinkId(), a.uplinkId(), a.targetId()) == 1) {
            return true;
        }
        return Sql.update(tx.connection(), "UPDATE push_answers SET account_id = ?, status = ?, answered = ?"
                + " WHERE uplink_id = ? AND target_id = ?", a.accountId(), status, a.answered(), a.uplinkId(),
                a.targetId()) == 1;
    }

    /// Inserts `a` in the caller's transaction with one plain statement: the caller knows that the target has not
    /// answered for this uplink before and that the uplink exists and stays (its row is locked by this transaction,
    /// as by [UplinkRepository#setPushStatus] returning true). Saves [#record]'s read of the uplink and of the
    /// earlier answers, most of its cost.
    public void recordFirst(Tx tx, PushAnswer a) {
        Object status = a.status().isPresent() ? a.status().getAsInt() : null;
        Sql.update(tx.connection(), "INSERT INTO push_answers (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)",
                a.uplinkId(), a.targetId(), a.accountId(), status, a.answered());
    }

    public boolean record(PushAnswer a) {
        return db.inTransaction(tx -> record(tx, a));
    }

    /// {@return the answers for the uplink}, in target order
    public List<PushAnswer> byUplink(long uplinkId) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM push_answers WHERE uplink_id = ?"
                + " ORDER BY target_id", PushAnswerRepository::map, uplinkId));
    }

    /// {@return the answers for each of the uplinks} (an uplink without answers is absent), in target order
    public Map<Long, List<PushAnswer>> byUplinks(Collection<Long> uplinkIds) {
        Map<Long, List<PushAnswer>> out = new HashMap<>();
        List<Long> ids = List.copyOf(uplinkIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = part.stream().map(x -> "?").collect(Collectors.joining(", "));
            db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM push_answers WHERE uplink_id IN (" + marks
                    + ") ORDER BY uplink_id, target_id", PushAnswerRepository::map, part.toArray()))
                    .forEach(a -> out.computeIfAbsent(a.uplinkId(), k -> new java.util.ArrayList<>()).add(a));
        }
        return out;
    }

    private static PushAnswer map(ResultSet rs) throws SQLException {
        int status = rs.getInt("status");
        OptionalInt s = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(status);
        return new PushAnswer(rs.getLong("uplink_id"), rs.getLong("target_id"), rs.getLong("account_id"), s,
                Sql.instant(rs, "answered"));
    }
}
