// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// OW-D (device management), OW-A-06/07/09 (strict, hex notations, error formats), OW-N profile registration.
class OwNodesTest {
    static final String NWK = "00112233445566778899AABBCCDDEEFF";
    static final String APP = "FFEEDDCCBBAA99887766554433221100";

    @TempDir
    Path dir;

    /// Creates the sample EU868 device profile (turned into ABP when `abp`) and the default service profile.
    static String[] profiles(OwHarness h, String auth, boolean abp) throws Exception {
        ObjectNode dp = (ObjectNode) OwHarness.JSON.readTree(Files.readString(
                Path.of("sample-profiles/device-profiles/EU868-classA-1.0.4.json")));
        if (abp) {
            ((ObjectNode) dp.get("content")).put("activation", "ABP");
        }
        OwHarness.Answer d = h.call("POST", "/rest/device-profiles", auth, dp.toString());
        assertEquals(200, d.status(), d.body());
        OwHarness.Answer s = h.call("POST", "/rest/service-profile", auth,
                Files.readString(Path.of("sample-profiles/service-profiles/default.json")));
        assertEquals(200, s.status(), s.body());
        return new String[] {d.json().get("profile_uuid").asText(), s.json().get("profile_uuid").asText()};
    }

    @Test
    void registrationGetUpdateDeleteAndIsolation() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            String alice = h.user("alice", "\"can_create_service_profiles\":true");
            String bob = h.user("bob", "");
            String[] p = profiles(h, alice, true);
            // profile registration, dash notation for the DevEUI, 0x notation for a key, decimal DevAddr
            OwHarness.Answer reg = h.call("POST", "/rest/nodes", alice, "{\"DevEUI\":\"AA-BB-CC-dd-00-11-22-33\","
                    + "\"devaddr\":279387178,\"nwkskey\":\"0x" + NWK.toLowerCase() + "\",\"appskey\":\"" + APP
                    + "\",\"comment\":\"kitchen sensor\",\"device_profile_uuid\":\"" + p[0]
                    + "\",\"service_profile_uuid\":\"" + p[1] + "\",\"tags\":{\"room\":\"kitchen\"}}");
            assertEquals(200, reg.status(), reg.body());
            JsonNode info = h.call("GET", "/rest/nodes/aabbccdd00112233", alice, null).json();
            assertEquals("AABBCCDD00112233", info.get("DevEUI").asText());
            assertEquals(0, info.get("device_status").asInt());
            assertEquals(1, info.get("registration_status").asInt());
            assertEquals(0, info.get("device_class").asInt());
            assertEquals(0, info.get("dl_fcnt").asInt());
            assertTrue(info.get("last_reception").isNull());
            assertEquals(168, info.get("expiry_time_uplink").asInt());
            JsonNode all = h.call("GET", "/rest/nodes/0xAABBCCDD00112233?all=true", alice, null).json();
            assertEquals("10A71C2A", all.get("devaddr").asText(), "279387178 = 0x10A71C2A");
            assertEquals(NWK, all.get("nwkskey").asText());
            assertEquals(p[0], all.get("device_profile_uuid").asText());
            assertEquals("kitchen", all.get("tags").get("room").asText());
            assertEquals("alice", all.get("userid").asText());

            // 409 duplicate, 404 missing profile / DevEUI, 406 bad key length, 404 DevAddr+NwkSKey reuse
            assertEquals(409, h.call("POST", "/rest/nodes", alice, "{\"DevEUI\":\"AABBCCDD00112233\","
                    + "\"device_profile_uuid\":\"" + p[0] + "\",\"service_profile_uuid\":\"" + p[1] + "\"}").status());
            OwHarness.Answer noProfile = h.call("POST", "/rest/nodes", alice, "{\"DevEUI\":\"0000000000000001\"}");
            assertEquals(404, noProfile.status());
            assertTrue(noProfile.body().startsWith("Error in registration"), noProfile.body());
            assertEquals(404, h.call("POST", "/rest/nodes", alice, "{\"comment\":\"x\"}").status());
            assertEquals(406, h.registerAbp(alice, "0000000000000002", "26011002", "0011", APP, "").status());
            assertEquals(404, h.registerAbp(alice, "0000000000000003", "10A71C2A", NWK, APP, "").status());
            assertEquals(406, h.registerAbp(alice, "0000000000000004", "26011004", NWK, APP,
                    "\"lora_rx_delay1\":3,\"lora_rx_delay2\":5").status(), "delay2 must be delay1 + 1");

            // isolation: bob sees nothing of alice's
            OwHarness.Answer hidden = h.call("GET", "/rest/nodes/AABBCCDD00112233", bob, null, "Accept",
                    "application/problem+json");
            assertEquals(404, hidden.status());
            assertEquals("cannot find device", hidden.json().get("title").asText());
            assertEquals("cannot find device 'AABBCCDD00112233'", hidden.json().get("detail").asText());
            OwHarness.Answer plain = h.call("GET", "/rest/nodes/AABBCCDD00112233", bob, null);
            assertTrue(plain.contentType().startsWith("text/plain"));
            assertTrue(plain.body().startsWith("cannot find device"));
            assertEquals(0, h.call("GET", "/rest/nodes", bob, null).json().size());
            assertEquals(1, h.call("GET", "/rest/nodes", alice, null).json().size());

            // update: comment and class; DevEUI refused; devaddr without nwkskey refused
            assertEquals(200, h.call("PUT", "/rest/nodes/AABBCCDD00112233", alice,
                    "{\"comment\":\"now a class C device\",\"lora_device_class\":2}").status());
            JsonNode after = h.call("GET", "/rest/nodes/AABBCCDD00112233", alice, null).json();
            assertEquals(2, after.get("device_class").asInt());
            assertEquals("now a class C device", after.get("comment").asText());
            assertEquals(400, h.call("PUT", "/rest/nodes/AABBCCDD00112233", alice, "{\"DevEUI\":\"00\"}").status());
            assertEquals(400, h.call("PUT", "/rest/nodes/AABBCCDD00112233", alice, "{\"devaddr\":\"01020304\"}")
                    .status());
            assertEquals(404, h.call("PUT", "/rest/nodes/AABBCCDD00112233", bob, "{\"comment\":\"x\"}").status());

            // strict
            OwHarness.Answer strict = h.call("GET", "/rest/nodes?strict=true&bogus=1", alice, null);
            assertEquals(400, strict.status());
            assertTrue(strict.body().contains("bogus"), strict.body());
            assertEquals(200, h.call("GET", "/rest/nodes?bogus=1", alice, null).status());

            // delete
            assertEquals(200, h.call("DELETE", "/rest/nodes/AABBCCDD00112233", alice, null).status());
            assertEquals(404, h.call("GET", "/rest/nodes/AABBCCDD00112233", alice, null).status());
            assertEquals(404, h.call("DELETE", "/rest/nodes/AABBCCDD00112233", alice, null).status());
        }
    }

    @Test
    void groupsListsPagingAndMultiDeviceUpdates() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            String alice = h.user("alice", "\"user_admin\":true");
            assertEquals(200, h.call("POST", "/rest/users", alice, "{\"userid\":\"carol\",\"password\":\"pw-c\"}")
                    .status());
            String carol = OwHarness.basic("carol", "pw-c");
            String dave = h.user("dave", "");
            assertEquals(200, h.call("POST", "/rest/groups", alice, "{\"groupid\":\"g1\",\"title\":\"Group 1\"}")
                    .status());
            assertEquals(200, h.call("POST", "/rest/groups", alice, "{\"groupid\":\"g2\",\"title\":\"Group 2\"}")
                    .status());
            for (int i = 1; i <= 5; i++) {
                String eui = "00000000000000A" + i;
                OwHarness.Answer a = h.registerAbp(alice, eui, "2601100" + i, NWK.substring(0, 30) + "0" + i, APP,
                        "\"comment\":\"dev " + (6 - i) + "\",\"groups\":\"" + (i <= 3 ? "g1" : "g2") + "\"");
                assertEquals(200, a.status(), a.body());
            }
            assertEquals(3, h.call("GET", "/rest/nodes?group=g1", alice, null).json().size());
            assertEquals(404, h.call("GET", "/rest/nodes?group=nope", alice, null).status());
            assertEquals(1, h.call("GET", "/rest/nodes?search_comment=EV%202", alice, null).json().size());
            assertEquals(2, h.call("GET", "/rest/nodes?search_DevEUI=A4", alice, null).json().size() + 1);
            JsonNode desc = h.call("GET", "/rest/nodes?sort_by_DevEUI=desc", alice, null).json();
            assertEquals("00000000000000A5", desc.get(0).get("DevEUI").asText());

            // paging: DevEUI order pages directly; comment sort needs page states
            JsonNode page1 = h.call("GET", "/rest/nodes?limit=2&paged_results=true", alice, null).json();
            assertEquals(2, page1.get("results").size());
            String next = page1.get("next_page_state").asText();
            JsonNode page2 = h.call("GET", "/rest/nodes?paged_results=true&page_state=" + next, alice, null).json();
            assertEquals("00000000000000A3", page2.get("results").get(0).get("DevEUI").asText());
            assertEquals(416, h.call("GET", "/rest/nodes?soft_by_comment=asc", alice, null).status());
            OwHarness.Answer reqired = h.call("GET", "/rest/nodes?sort_by_date=true", alice, null, "Accept",
                    "application/problem+json");
            assertEquals("Page state reqired", reqired.json().get("title").asText());
            JsonNode pages = h.call("GET", "/rest/nodes?soft_by_comment=asc&get_pages=true&limit=2", alice, null)
                    .json();
            assertEquals(5, pages.get("total").asInt());
            assertEquals(2, pages.get("per_page").asInt());
            assertEquals(3, pages.get("pages").size());
            JsonNode sorted = h.call("GET", "/rest/nodes?soft_by_comment=asc&page_state="
                    + pages.get("pages").get(0).get("page_state").asText(), alice, null).json();
            assertEquals("00000000000000A5", sorted.get(0).get("DevEUI").asText(), "dev 1 sorts first");
            assertEquals(410, h.call("GET", "/rest/nodes?page_state=unknownstate", alice, null).status());

            // group edits with +/-
            assertEquals(200, h.call("PUT", "/rest/nodes/00000000000000A1", alice, "{\"groups\":\"+g2\"}").status());
            assertEquals("g1,g2", h.call("GET", "/rest/nodes/00000000000000A1?all=true", alice, null).json()
                    .get("groups").asText());
            assertEquals(200, h.call("PUT", "/rest/nodes/00000000000000A1", alice, "{\"groups\":\"-g1\"}").status());
            assertEquals(2, h.call("GET", "/rest/nodes?group=g1", alice, null).json().size());

            // multi-device update through the group: one device fails (bad class value) -> not applicable, so
            // use a list in the path with an unknown group for one reason
            assertEquals(200, h.call("PUT", "/rest/nodes/g2", alice, "{\"comment\":\"in g2\"}").status());
            assertEquals(3, h.call("GET", "/rest/nodes?search_comment=in%20g2", alice, null).json().size());
            assertEquals(200, h.call("PUT", "/rest/nodes/00000000000000A4", alice, "{\"activated\":false}")
                    .status());
            OwHarness.Answer multi = h.call("PUT", "/rest/nodes/00000000000000A2,00000000000000A3", alice,
                    "{\"groups\":\"+nope\"}", "Accept", "application/problem+json");
            assertEquals(406, multi.status(), multi.body());
            JsonNode failed = multi.json().get("failed-devices");
            assertEquals(1, failed.size());
            assertEquals(2, failed.get(0).get("DevEUIs").size());

            // move a device to carol (a user alice created): the old groups go, alice loses access
            assertEquals(400, h.call("PUT", "/rest/nodes/00000000000000A5", alice,
                    "{\"userid\":\"carol\",\"groups\":\"+g1\"}").status());
            assertEquals(403, h.call("PUT", "/rest/nodes/00000000000000A5", alice, "{\"userid\":\"dave\"}")
                    .status(), "dave is not alice's user");
            assertEquals(200, h.call("PUT", "/rest/nodes/00000000000000A5", alice, "{\"userid\":\"carol\"}")
                    .status());
            assertEquals(404, h.call("GET", "/rest/nodes/00000000000000A5", alice, null).status());
            JsonNode moved = h.call("GET", "/rest/nodes/00000000000000A5?all=true", carol, null).json();
            assertEquals("carol", moved.get("userid").asText());
            assertEquals("", moved.get("groups").asText());
            assertFalse(h.call("GET", "/rest/nodes", dave, null).json().size() > 0);
        }
    }
}
