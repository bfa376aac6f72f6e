// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/// Accounts: users and their application sub-accounts, with rights, tags and settings.
public final class AccountRepository {
    private static final String COLUMNS =
            "id, username, password_hash, kind, parent_id, rights, tags, settings, created, updated";

    private final Database db;

    public AccountRepository(Database db) {
        this.db = db;
    }

    /// Inserts `draft` (its id and times are ignored). {@return the stored account with its id}
    /// @throws StoreException when the username is taken
    public Account insert(Account draft) {
        return db.inTransaction(tx -> insert(tx, draft));
    }

    public Account insert(Tx tx, Account draft) {
        Instant now = db.clock().instant();
        long id = Sql.insertReturningId(tx.connection(),
                "INSERT INTO accounts (username, password_hash, kind, parent_id, rights, tags, settings, created, updated)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                draft.username(), draft.passwordHash(), draft.kind(), draft.parentId(), StoreJson.write(draft.rights()),
                StoreJson.write(draft.tags()), StoreJson.write(draft.settings()), now, now);
        db.accountChanges().changed(tx, id);
        return find(tx, id).orElseThrow();
    }

    /// Writes every field of `account` but its kind and creation time. {@return whether it existed}
    public boolean update(Account account) {
        return db.inTransaction(tx -> update(tx, account));
    }

    public boolean update(Tx tx, Account account) {
        db.accountChanges().changed(tx, account.id());
        return Sql.update(tx.connection(),
                "UPDATE accounts SET username = ?, password_hash = ?, parent_id = ?, rights = ?, tags = ?, settings = ?,"
                        + " updated = ? WHERE id = ?",
                account.username(), account.passwordHash(), account.parentId(), StoreJson.write(account.rights()),
                StoreJson.write(account.tags()), StoreJson.write(account.settings()), db.clock().instant(),
                account.id()) == 1;
    }

    public Optional<Account> find(long id) {
        return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM accounts WHERE id = ?", AccountRepository::map, id));
    }

    public Optional<Account> find(Tx tx, long id) {
        return Sql.one(tx.connection(), "SELECT " + COLUMNS + " FROM accounts WHERE id = ?", AccountRepository::map, id);
    }

    public Optional<Account> findByUsername(String username) {
        return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM accounts WHERE username = ?",
                AccountRepository::map, username));
    }

    /// {@return the accounts in id order}
    public List<Account> list(Page page) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM accounts ORDER BY id LIMIT ? OFFSET ?",
                AccountRepository::map, page.limit(), page.offset()));
    }

    /// {@return the accounts owned by `parentId`} (application sub-accounts, users a user created), in id order
    public List<Account> children(long parentId) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM accounts WHERE parent_id = ? ORDER BY id",
                AccountRepository::map, parentId));
    }

    public long count() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM accounts"));
    }

    /// Deletes the account and, in cascade, its sub-accounts and push targets. {@return whether it existed}
    public boolean delete(long id) {
        return db.inTransaction(tx -> {
            db.accountChanges().changed(tx, id);
            return Sql.update(tx.connection(), "DELETE FROM accounts WHERE id = ?", id) == 1;
        });
    }

    private static Account map(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                AccountKind.valueOf(rs.getString("kind")), Sql.optLong(rs, "parent_id"),
                StoreJson.rights(rs.getString("rights")), StoreJson.strings(rs.getString("tags")),
                StoreJson.tree(rs.getString("settings")), Sql.instant(rs, "created"), Sql.instant(rs, "updated"));
    }
}
