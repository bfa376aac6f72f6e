// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/// Profiles and the links between them.
public final class ProfileRepository {
    private static final String COLUMNS = "id, kind, name, schema_type, document, owner_account_id, created, updated";

    private final Database db;

    public ProfileRepository(Database db) {
        this.db = db;
    }

    /// Inserts or replaces the profile (keeping its creation time). {@return the profile as stored}
    public Profile save(Profile p) {
        return db.inTransaction(tx -> {
            Instant now = db.clock().instant();
            String doc = StoreJson.write(p.document());
            Sql.upsert(tx.connection(),
                    "UPDATE profiles SET kind = ?, name = ?, schema_type = ?, document = ?, owner_account_id = ?,"
                            + " updated = ? WHERE id = ?",
                    new Object[] {p.kind(), p.name(), p.schemaType(), doc, p.ownerAccountId(), now, p.id()},
                    "INSERT INTO profiles (kind, name, schema_type, document, owner_account_id, updated, id, created)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    new Object[] {p.kind(), p.name(), p.schemaType(), doc, p.ownerAccountId(), now, p.id(), now});
            return Sql.one(tx.connection(), "SELECT " + COLUMNS + " FROM profiles WHERE id = ?",
                    ProfileRepository::map, p.id()).orElseThrow();
        });
    }

    public Optional<Profile> find(String id) {
        return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM profiles WHERE id = ?", ProfileRepository::map,
                id));
    }

    /// {@return the profiles of one kind, in id order}
    public List<Profile> list(ProfileKind kind, Page page) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM profiles WHERE kind = ? ORDER BY id LIMIT ?"
                + " OFFSET ?", ProfileRepository::map, kind, page.limit(), page.offset()));
    }

    /// {@return the profiles of one kind owned by the account, in id order}
    public List<Profile> byOwner(ProfileKind kind, long accountId) {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM profiles WHERE kind = ? AND owner_account_id = ?"
                + " ORDER BY id", ProfileRepository::map, kind, accountId));
    }

    public long count(ProfileKind kind) {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM profiles WHERE kind = ?", kind));
    }

    /// Deletes the profile and its links. {@return whether it existed}
    public boolean delete(String id) {
        return db.inTransaction(tx -> Sql.update(tx.connection(), "DELETE FROM profiles WHERE id = ?", id) == 1);
    }

    /// Adds a link (adding it twice keeps one). Both profiles must exist.
    public void link(ProfileLink link) {
        db.runInTransaction(tx -> Sql.update(tx.connection(),
                "INSERT INTO profile_links (from_id, to_id, relation) SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1"
                        + " FROM profile_links WHERE from_id = ? AND to_id = ? AND relation = ?)",
                link.fromId(), link.toId(), link.relation(), link.fromId(), link.toId(), link.relation()));
    }

    /// {@return whether the link existed}
    public boolean unlink(ProfileLink link) {
        return db.inTransaction(tx -> Sql.update(tx.connection(),
                "DELETE FROM profile_links WHERE from_id = ? AND to_id = ? AND relation = ?", link.fromId(),
                link.toId(), link.relation()) == 1);
    }

    /// {@return the links leaving the profile}, by target id and relation
    public List<ProfileLink> linksFrom(String fromId) {
        return db.read(c -> Sql.list(c, "SELECT from_id, to_id, relation FROM profile_links WHERE from_id = ?"
                + " ORDER BY to_id, relation", ProfileRepository::mapLink, fromId));
    }

    /// {@return the links arriving at the profile}, by source id and relation
    public List<ProfileLink> linksTo(String toId) {
        return db.read(c -> Sql.list(c, "SELECT from_id, to_id, relation FROM profile_links WHERE to_id = ?"
                + " ORDER BY from_id, relation", ProfileRepository::mapLink, toId));
    }

    private static ProfileLink mapLink(ResultSet rs) throws SQLException {
        return new ProfileLink(rs.getString("from_id"), rs.getString("to_id"), rs.getString("relation"));
    }

    private static Profile map(ResultSet rs) throws SQLException {
        return new Profile(rs.getString("id"), ProfileKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("schema_type"), StoreJson.tree(rs.getString("document")),
                Sql.optLong(rs, "owner_account_id"), Sql.instant(rs, "created"), Sql.instant(rs, "updated"));
    }
}
