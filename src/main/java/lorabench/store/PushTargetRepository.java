// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/// Push targets of accounts.
public final class PushTargetRepository {
    private static final String COLUMNS =
            "id, account_id, url, auth, headers, data_format, settings, enabled, created, updated";

    private final Database db;

    public PushTargetRepository(Database db) {
        this.db = db;
    }

    /// {@return the stored target with its id}
    public PushTarget insert(PushTarget draft) {
        return db.inTransaction(tx -> {
            Instant now = db.clock().instant();
            long id = Sql.insertReturningId(tx.connection(),
                    "INSERT INTO push_targets (account_id, url, auth, headers, data_format, settings, enabled, created,"
                            + " updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    draft.accountId(), draft.url().toString(), StoreJson.write(draft.auth()),
                    StoreJson.write(draft.headers()), draft.dataFormat(), StoreJson.write(draft.settings()),
                    draft.enabled(), now, now);
            return Sql.one(tx.connection(), "SELECT " + COLUMNS + " FROM push_targets WHERE id = ?",
                    PushTargetRepository::map, id).orElseThrow();
        });
    }

    /// {@return whether the target existed}
    public boolean update(PushTarget target) {
        return db.inTransaction(tx -> Sql.update(tx.connection(),
                "UPDATE push_targets SET url = ?, auth = ?, headers = ?, data_format = ?, settings = ?, enabled = ?,"
                        + " updated = ? WHERE id = ?",
                target.url().toString(), StoreJson.write(target.auth()), StoreJson.write(target.headers()),
                target.dataFormat(), StoreJson.write(target.settings()), target.enabled(), db.clock().instant(),
                target.id()) == 1);
    }

    public Optional<PushTarget> find(long id) {
        return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM push_targets WHERE id = ?",
                PushTargetRepository::map, id));
    }

    /// {@return the account's targets in id order}
    public List<PushTarget> byAccount(long accountId) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM push_targets WHERE account_id = ? ORDER BY id",
                PushTargetRepository::map, accountId));
    }

    public boolean delete(long id) {
        return db.inTransaction(tx -> Sql.update(tx.connection(), "DELETE FROM push_targets WHERE id = ?", id) == 1);
    }

    private static PushTarget map(ResultSet rs) throws SQLException {
        return new PushTarget(rs.getLong("id"), rs.getLong("account_id"), URI.create(rs.getString("url")),
                StoreJson.tree(rs.getString("auth")), StoreJson.strings(rs.getString("headers")),
                rs.getString("data_format"), StoreJson.tree(rs.getString("settings")), rs.getBoolean("enabled"),
                Sql.instant(rs, "created"), Sql.instant(rs, "updated"));
    }
}
