// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import lorabench.server.profile.ProfileEntry;
import lorabench.server.profile.ProfileResult;
import lorabench.server.profile.ProfileService;
import lorabench.server.profile.ProfileView;
import lorabench.server.profile.Viewer;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.ProfileRepository;
import org.junit.jupiter.api.Test;

class OrbiwiseProfileJsonTest {
    private final OrbiwiseProfileSchemas schemas = OrbiwiseProfileSchemasTest.SCHEMAS;
    private final OrbiwiseProfileJson json = new OrbiwiseProfileJson(schemas);
    private final OrbiwiseProfileTypes types = new OrbiwiseProfileTypes(schemas);

    private static JsonNode parse(String text) throws IOException {
        return OrbiwiseProfileSchemasTest.JSON.readTree(text);
    }

    @Test
    void readsTheThreeBodyShapes() throws IOException {
        OwProfileRequest.Local local = assertInstanceOf(OwProfileRequest.Local.class,
                json.read(OwProfileKind.DEVICE, OrbiwiseProfileSchemasTest.seedExample(), false));
        assertEquals("name-of-profile", local.draft().name());
        assertEquals(Optional.of("javascript code"), local.draft().decoder());
        JsonNode seedLink = parse("""
                {"description":"text description of profile","profile_name":"name-of-profile",
                 "shared_with_all_users":false,"can_be_inspected":true,"userid":"target-user.id",
                 "link_to_profile_uuid":"uuid-of-target-profile","content":{}}""");
        OwProfileRequest.Link link = assertInstanceOf(OwProfileRequest.Link.class,
                json.read(OwProfileKind.DEVICE, seedLink, false));
        assertEquals("uuid-of-target-profile", link.draft().targetId());
        assertEquals(Optional.of("target-user.id"), link.userid());
        OwProfileRequest.Rejected strict = assertInstanceOf(OwProfileRequest.Rejected.class,
                json.read(OwProfileKind.DEVICE, seedLink, true));
        assertEquals("/content", strict.violations().get(0).path(), "AMB-OW-41: content on a link under strict");
        assertEquals(new OwProfileRequest.Unlink("uuid-of-target-profile"), json.read(OwProfileKind.DEVICE,
                parse("{\"copy_from_profile_uuid\":\"uuid-of-target-profile\"}"), false));
        OwProfileRequest.Rejected bad = assertInstanceOf(OwProfileRequest.Rejected.class,
                json.read(OwProfileKind.SERVICE, parse("{\"profile_name\":\"x\"}"), false));
        assertTrue(bad.text().contains("/profile_name: must be at least 6"), bad.text());
        assertTrue(bad.text().contains("/content: is required"), bad.text());
    }

    /// Under `strict`, `RegParamsRevision` must define `RFRegion` ([lorabench.lorawan.band.Bands]): AS923-2 exists
    /// from RP002-1.0.1 on; without `strict` the profile is accepted as OrbiWAN's schema allows it.
    @Test
    void strictDeviceProfileNeedsARevisionThatDefinesItsRegion() throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode body =
                (com.fasterxml.jackson.databind.node.ObjectNode) OrbiwiseProfileSchemasTest.seedExample().deepCopy();
        com.fasterxml.jackson.databind.node.ObjectNode content =
                (com.fasterxml.jackson.databind.node.ObjectNode) body.get("content");
        assertInstanceOf(OwProfileRequest.Local.class, json.read(OwProfileKind.DEVICE, body, true), "EU868 in A");
        content.put("RFRegion", "AS923-2");
        content.put("RegParamsRevision", "B");
        assertInstanceOf(OwProfileRequest.Local.class, json.read(OwProfileKind.DEVICE, body, false));
        OwProfileRequest.Rejected strict = assertInstanceOf(OwProfileRequest.Rejected.class,
                json.read(OwProfileKind.DEVICE, body, true));
        assertEquals("/content/RegParamsRevision", strict.violations().get(0).path());
        assertTrue(strict.text().contains("AS923-2 is not defined by regional parameters 1.0.2rB"), strict.text());
        content.put("RegParamsRevision", "RP002-1.0.1");
        assertInstanceOf(OwProfileRequest.Local.class, json.read(OwProfileKind.DEVICE, body, true));
    }

    @Test
    void deviceProfileRoundTripWithReducedViewAndLockedRegion() throws IOException {
        try (Database db = Database.open(DatabaseConfig.h2Memory("owjson"))) {
            List<String> devices = new java.util.ArrayList<>();
            ProfileService service = new ProfileService(new ProfileRepository(db), devices::contains);
            var type = types.type(OwProfileKind.DEVICE);
            OwProfileRequest.Local req = (OwProfileRequest.Local) json.read(OwProfileKind.DEVICE,
                    OrbiwiseProfileSchemasTest.seedExample(), false);
            ProfileEntry created = service.create(type, Optional.empty(), req.draft()).orElseThrow();
            assertEquals(created.id(), json.created(created).path("profile_uuid").asText());

            ProfileView full = service.get(type, created.id(), Viewer.operator()).orElseThrow();
            JsonNode out = json.view(full);
            assertEquals(OrbiwiseProfileSchemasTest.seedExample().path("content"), out.path("content"));
            assertEquals("javascript code", out.path("payload_decoder_js").asText());

            ProfileView reduced = service.get(type, created.id(), new Viewer(Optional.of(7L), false)).orElseThrow();
            assertEquals(parse("{\"activation\":\"OTAA\",\"MACVersion\":\"1.0.x\"}"), json.view(reduced).path("content"));
            assertFalse(json.view(reduced).has("payload_decoder_js"));
            assertFalse(json.view(reduced).has("notes"));

            OwProfileRequest.Link link = (OwProfileRequest.Link) json.read(OwProfileKind.DEVICE, parse(
                    "{\"profile_name\":\"linked profile\",\"link_to_profile_uuid\":\"" + created.id() + "\"}"), false);
            ProfileEntry linked = service.createLink(type, Optional.empty(), link.draft()).orElseThrow();
            assertEquals(linked.id(), json.created(linked).path("copy_from_profile_uuid").asText(), "AMB-OW-38");
            assertEquals(created.id(), json.listItem(linked).path("link_to_profile_uuid").asText());
            assertFalse(json.listItem(created).has("link_to_profile_uuid"));

            devices.add(linked.id());
            JsonNode changedRegion = OrbiwiseProfileSchemasTest.edit(OrbiwiseProfileSchemasTest.seedExample(),
                    "/content/RFRegion", "\"US915\"");
            var draft = ((OwProfileRequest.Local) json.read(OwProfileKind.DEVICE, changedRegion, false)).draft();
            ProfileResult.Locked<?> locked = assertInstanceOf(ProfileResult.Locked.class,
                    service.modify(type, created.id(), draft));
            assertEquals(List.of("RFRegion"), locked.fields());
            JsonNode safe = OrbiwiseProfileSchemasTest.edit(OrbiwiseProfileSchemasTest.seedExample(),
                    "/content/DefaultDeviceClass", "\"CLASS_C\"");
            assertInstanceOf(ProfileResult.Ok.class, service.modify(type, created.id(),
                    ((OwProfileRequest.Local) json.read(OwProfileKind.DEVICE, safe, false)).draft()));
        }
    }
}
