// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/// A login account: a user, or an application sub-account owned by a user (`parentId`).
///
/// `rights` are named booleans (OrbiWAN `can_register`, `can_inspect`, `can_send_data`, `is_admin`, ...), `tags`
/// key/value labels, `settings` a free JSON document for per-account vendor settings. `passwordHash` is the
/// [PasswordHasher] encoding. A draft for [AccountRepository#insert] has id 0; the repository assigns the id and
/// stamps `created`/`updated`.
public record Account(long id, String username, String passwordHash, AccountKind kind, Optional<Long> parentId,
        Map<String, Boolean> rights, Map<String, String> tags, JsonNode settings, Instant created, Instant updated) {

    public Account {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        if (username.isBlank() || username.length() > 128) {
            throw new IllegalArgumentException("username must be 1..128 characters");
        }
        if (kind == AccountKind.APPLICATION && parentId.isEmpty()) {
            throw new IllegalArgumentException("an application account needs the user account that owns it");
        }
        rights = Map.copyOf(rights);
        tags = Map.copyOf(tags);
    }

    /// {@return a draft user account} with no rights, tags or settings
    public static Account newUser(String username, String passwordHash) {
        return new Account(0, username, passwordHash, AccountKind.USER, Optional.empty(), Map.of(), Map.of(),
                StoreJson.emptyObject(), Instant.EPOCH, Instant.EPOCH);
    }

    /// {@return a draft application sub-account} owned by the user `parentId`
    public static Account newApplication(String username, String passwordHash, long parentId) {
        return new Account(0, username, passwordHash, AccountKind.APPLICATION, Optional.of(parentId), Map.of(),
                Map.of(), StoreJson.emptyObject(), Instant.EPOCH, Instant.EPOCH);
    }

    public Account withParentId(Optional<Long> newParentId) {
        return new Account(id, username, passwordHash, kind, newParentId, rights, tags, settings, created, updated);
    }

    public Account withPasswordHash(String newHash) {
        return new Account(id, username, newHash, kind, parentId, rights, tags, settings, created, updated);
    }

    public Account withRights(Map<String, Boolean> newRights) {
        return new Account(id, username, passwordHash, kind, parentId, newRights, tags, settings, created, updated);
    }

    public Account withTags(Map<String, String> newTags) {
        return new Account(id, username, passwordHash, kind, parentId, rights, newTags, settings, created, updated);
    }

    public Account withSettings(JsonNode newSettings) {
        return new Account(id, username, passwordHash, kind, parentId, rights, tags, newSettings, created, updated);
    }

    /// {@return whether the right `name` is granted} (absent rights are not)
    public boolean has(String name) {
        return rights.getOrDefault(name, false);
    }

    @Override
    public String toString() {
        return "Account[id=" + id + ", username=" + username + ", kind=" + kind + ", parentId=" + parentId
                + ", rights=" + rights + ", tags=" + tags + "]";
    }
}
