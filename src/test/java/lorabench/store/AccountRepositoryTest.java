// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountRepositoryTest extends StoreTestBase {

    @Test
    void roundTripsAUserWithRightsTagsAndSettings() {
        AccountRepository accounts = new AccountRepository(db);
        ObjectNode settings = JsonNodeFactory.instance.objectNode().put("timezone", "UTC");
        Account stored = accounts.insert(Account.newUser("alice", "pbkdf2-sha256$1$AA$AA")
                .withRights(Map.of("can_register", true, "is_admin", false))
                .withTags(Map.of("team", "qa")).withSettings(settings));
        assertTrue(stored.id() > 0);
        assertEquals(clock.instant(), stored.created());
        assertEquals(Optional.of(stored), accounts.find(stored.id()));
        assertEquals(Optional.of(stored), accounts.findByUsername("alice"));
        assertTrue(stored.has("can_register"));
        assertFalse(stored.has("is_admin"));
        assertFalse(stored.has("can_inspect"));
        assertEquals("UTC", stored.settings().get("timezone").asText());
    }

    @Test
    void applicationAccountsBelongToTheirUser() {
        AccountRepository accounts = new AccountRepository(db);
        Account user = accounts.insert(Account.newUser("bob", "h"));
        Account app1 = accounts.insert(Account.newApplication("bob-app1", "h", user.id()));
        Account app2 = accounts.insert(Account.newApplication("bob-app2", "h", user.id()));
        assertEquals(AccountKind.APPLICATION, app1.kind());
        assertEquals(List.of(app1, app2), accounts.children(user.id()));
        assertEquals(3, accounts.count());
        assertTrue(accounts.delete(user.id()));
        assertEquals(0, accounts.count(), "sub-accounts go with their user");
        assertThrows(IllegalArgumentException.class, () -> new Account(0, "x", "h", AccountKind.APPLICATION,
                Optional.empty(), Map.of(), Map.of(), JsonNodeFactory.instance.objectNode(), clock.instant(),
                clock.instant()));
    }

    @Test
    void updatesAndStampsTheChange() {
        AccountRepository accounts = new AccountRepository(db);
        Account a = accounts.insert(Account.newUser("carol", "old"));
        clock.advance(Duration.ofMinutes(5));
        assertTrue(accounts.update(a.withPasswordHash("new").withRights(Map.of("can_send_data", true))));
        Account b = accounts.find(a.id()).orElseThrow();
        assertEquals("new", b.passwordHash());
        assertTrue(b.has("can_send_data"));
        assertEquals(a.created(), b.created());
        assertEquals(clock.instant(), b.updated());
        assertFalse(accounts.update(new Account(999, "ghost", "x", AccountKind.USER, Optional.empty(), Map.of(),
                Map.of(), a.settings(), a.created(), a.updated())));
    }

    @Test
    void usernamesAreUniqueAndListsPage() {
        AccountRepository accounts = new AccountRepository(db);
        for (int i = 0; i < 5; i++) {
            accounts.insert(Account.newUser("user" + i, "h"));
        }
        assertThrows(StoreException.class, () -> accounts.insert(Account.newUser("user3", "h")));
        assertEquals(List.of("user2", "user3"),
                accounts.list(new Page(2, 2)).stream().map(Account::username).toList());
        assertEquals(Optional.empty(), accounts.findByUsername("nobody"));
    }

    @Test
    void neverPrintsThePasswordHash() {
        Account a = Account.newUser("dave", "pbkdf2-sha256$1$SALT$HASH");
        assertFalse(a.toString().contains("HASH"));
    }
}
