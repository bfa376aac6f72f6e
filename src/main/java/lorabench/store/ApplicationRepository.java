// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/// Applications.
public final class ApplicationRepository {
    private static final String COLUMNS = "id, name, description, owner_account_id, settings, created, updated";

    private final Database db;

    public ApplicationRepository(Database db) {
        this.db = db;
    }

    /// {@return the stored application with its id}
    /// @throws StoreException when the name is taken
    public Application insert(Application draft) {
        return db.inTransaction(tx -> {
            Instant now = db.clock().instant();
            long id = Sql.insertReturningId(tx.connection(),
                    "INSERT INTO applications (name, description, owner_account_id, settings, created, updated)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    draft.name(), draft.description(), draft.ownerAccountId(), StoreJson.write(draft.settings()),
                    now, now);
            return Sql.one(tx.connection(), "SELECT " + COLUMNS + " FROM applications WHERE id = ?",
                    ApplicationRepository::map, id).orElseThrow();
        });
    }

    /// {@return whether the application existed}
    public boolean update(Application app) {
        return db.inTransaction(tx -> Sql.update(tx.connection(),
                "UPDATE applications SET name = ?, description = ?, owner_account_id = ?, settings = ?, updated = ?"
                        + " WHERE id = ?",
                app.name(), app.description(), app.ownerAccountId(), StoreJson.write(app.settings()),
                db.clock().instant(), app.id()) == 1);
    }

    public Optional<Application> find(long id) {
        return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM applications WHERE id = ?",
                ApplicationRepository::map, id));
    }

    public Optional<Application> findByName(String name) {
        return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM applications WHERE name = ?",
                ApplicationRepository::map, name));
    }

    /// {@return the applications in name order}
    public List<Application> list(Page page) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM applications ORDER BY name LIMIT ? OFFSET ?",
                ApplicationRepository::map, page.limit(), page.offset()));
    }

    /// {@return the applications owned by the account, in name order}
    public List<Application> byOwner(long accountId) {
        return db.read(c -> Sql.list(c,
                "SELECT " + COLUMNS + " FROM applications WHERE owner_account_id = ? ORDER BY name",
                ApplicationRepository::map, accountId));
    }

    public long count() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM applications"));
    }

    public boolean delete(long id) {
        return db.inTransaction(tx -> Sql.update(tx.connection(), "DELETE FROM applications WHERE id = ?", id) == 1);
    }

    private static Application map(ResultSet rs) throws SQLException {
        return new Application(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                Sql.optLong(rs, "owner_account_id"), StoreJson.tree(rs.getString("settings")),
                Sql.instant(rs, "created"), Sql.instant(rs, "updated"));
    }
}
