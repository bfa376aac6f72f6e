// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/// Applications, and the push targets of accounts.
class ApplicationRepositoryTest extends StoreTestBase {

    @Test
    void roundTripsApplicationsByIdNameAndOwner() {
        Account owner = new AccountRepository(db).insert(Account.newUser("owner", "h"));
        ApplicationRepository apps = new ApplicationRepository(db);
        Application a = apps.insert(Application.newApplication("meters", Optional.of(owner.id()))
                .withDescription("water meters")
                .withSettings(JsonNodeFactory.instance.objectNode().put("codec", "cayenne")));
        Application b = apps.insert(Application.newApplication("alarms", Optional.empty()));
        assertEquals(Optional.of(a), apps.find(a.id()));
        assertEquals(Optional.of(a), apps.findByName("meters"));
        assertEquals(List.of(b, a), apps.list(Page.first(10)));
        assertEquals(List.of(a), apps.byOwner(owner.id()));
        assertEquals(2, apps.count());
        assertThrows(StoreException.class, () -> apps.insert(Application.newApplication("meters", Optional.empty())));
        assertTrue(apps.update(a.withDescription("gas meters")));
        assertEquals("gas meters", apps.find(a.id()).orElseThrow().description());
        assertTrue(apps.delete(b.id()));
        assertFalse(apps.delete(b.id()));
    }

    @Test
    void roundTripsPushTargetsWithAuthHeadersAndSettings() {
        Account owner = new AccountRepository(db).insert(Account.newUser("pusher", "h"));
        PushTargetRepository targets = new PushTargetRepository(db);
        PushTarget t = targets.insert(PushTarget.newTarget(owner.id(), URI.create("http://127.0.0.1:9000/hook"), "json")
                .withAuth(JsonNodeFactory.instance.objectNode().put("type", "basic").put("username", "u")
                        .put("password", "p"))
                .withHeaders(Map.of("X-Token", "abc"))
                .withSettings(JsonNodeFactory.instance.objectNode().put("push_mode", true)));
        assertEquals(Optional.of(t), targets.find(t.id()));
        assertEquals(List.of(t), targets.byAccount(owner.id()));
        assertFalse(t.toString().contains("\"p\""), "credentials stay out of toString");
        assertTrue(targets.update(t.withEnabled(false)));
        assertFalse(targets.find(t.id()).orElseThrow().enabled());
        new AccountRepository(db).delete(owner.id());
        assertEquals(List.of(), targets.byAccount(owner.id()), "targets go with their account");
    }
}
