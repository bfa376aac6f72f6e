// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileRepositoryTest extends StoreTestBase {

    private static ObjectNode doc(String region) {
        ObjectNode n = JsonNodeFactory.instance.objectNode().put("region", region).put("supportsJoin", true);
        n.putArray("factoryPresetFreqs").add(868_100_000).add(868_300_000);
        return n;
    }

    @Test
    void roundTripsDocumentsAndKeepsCreationOnReplace() {
        ProfileRepository profiles = new ProfileRepository(db);
        Profile p = profiles.save(Profile.of("dp-eu", ProfileKind.DEVICE, "EU class A", "device-profile/v1", doc("EU868")));
        assertEquals(doc("EU868"), p.document());
        assertEquals(Optional.of(p), profiles.find("dp-eu"));
        clock.advance(Duration.ofMinutes(1));
        Profile q = profiles.save(p.withDocument(doc("US915")));
        assertEquals(p.created(), q.created());
        assertEquals(clock.instant(), q.updated());
        assertEquals("US915", profiles.find("dp-eu").orElseThrow().document().get("region").asText());
    }

    @Test
    void listsByKindAndOwner() {
        ProfileRepository profiles = new ProfileRepository(db);
        long owner = new AccountRepository(db).insert(Account.newUser("o", "h")).id();
        profiles.save(Profile.of("sp-1", ProfileKind.SERVICE, "svc", "service-profile/v1", doc("x")));
        profiles.save(Profile.of("dp-2", ProfileKind.DEVICE, "b", "device-profile/v1", doc("x")).withOwner(Optional.of(owner)));
        profiles.save(Profile.of("dp-1", ProfileKind.DEVICE, "a", "device-profile/v1", doc("x")));
        assertEquals(List.of("dp-1", "dp-2"),
                profiles.list(ProfileKind.DEVICE, Page.first(10)).stream().map(Profile::id).toList());
        assertEquals(List.of("dp-2"), profiles.byOwner(ProfileKind.DEVICE, owner).stream().map(Profile::id).toList());
        assertEquals(1, profiles.count(ProfileKind.SERVICE));
        assertEquals(0, profiles.count(ProfileKind.ROAMING));
    }

    @Test
    void linksProfilesAndDropsLinksWithTheProfile() {
        ProfileRepository profiles = new ProfileRepository(db);
        profiles.save(Profile.of("sp", ProfileKind.SERVICE, "s", "service-profile/v1", doc("x")));
        profiles.save(Profile.of("cp", ProfileKind.CONNECTIVITY, "c", "connectivity-profile/v1", doc("x")));
        profiles.save(Profile.of("qp", ProfileKind.QOS, "q", "qos-profile/v1", doc("x")));
        ProfileLink uses = new ProfileLink("sp", "cp", "uses");
        profiles.link(uses);
        profiles.link(uses);
        profiles.link(new ProfileLink("sp", "qp", "uses"));
        assertEquals(List.of(uses, new ProfileLink("sp", "qp", "uses")), profiles.linksFrom("sp"));
        assertEquals(List.of(uses), profiles.linksTo("cp"));
        assertTrue(profiles.unlink(uses));
        assertFalse(profiles.unlink(uses));
        assertTrue(profiles.delete("qp"));
        assertEquals(List.of(), profiles.linksFrom("sp"));
    }
}
