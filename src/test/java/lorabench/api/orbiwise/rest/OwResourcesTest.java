// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import lorabench.lorawan.types.Bytes;
import lorabench.server.event.ServerEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// OW-N/O/P profiles over REST, OW-E `decoded`, OW-L application visibility, OW-K group rights, OW-M gateways.
class OwResourcesTest {
    @TempDir
    Path dir;

    /// Under `strict`, a device profile's `RegParamsRevision` must define its `RFRegion` (AS923-2 exists from
    /// RP002-1.0.1 on); without `strict` OrbiWAN's schema alone decides.
    @Test
    void strictDeviceProfileNeedsARevisionThatDefinesItsRegion() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            String alice = h.user("alice", "");
            com.fasterxml.jackson.databind.node.ObjectNode dp = (com.fasterxml.jackson.databind.node.ObjectNode)
                    OwHarness.JSON.readTree(java.nio.file.Files.readString(
                            Path.of("sample-profiles/device-profiles/AS923-2-classA-1.0.4.json")));
            assertEquals(200, h.call("POST", "/rest/device-profiles?strict=true", alice, dp.toString()).status());
            ((com.fasterxml.jackson.databind.node.ObjectNode) dp.get("content")).put("RegParamsRevision", "B");
            OwHarness.Answer strict = h.call("POST", "/rest/device-profiles?strict=true", alice, dp.toString());
            assertEquals(400, strict.status(), strict.body());
            assertTrue(strict.body().contains("AS923-2 is not defined by regional parameters 1.0.2rB"),
                    strict.body());
            assertEquals(200, h.call("POST", "/rest/device-profiles", alice, dp.toString()).status());
        }
    }

    @Test
    void profilesDecoderApplicationsGroupsAndGateways() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            String alice = h.user("alice", "\"can_create_service_profiles\":true");
            String bob = h.user("bob", "\"can_access_gtw_info\":true");
            JsonNode schema = h.call("GET", "/rest/device-profiles?get_schema=true", alice, null).json();
            assertTrue(schema.get("properties").has("content"));
            assertTrue(h.call("GET", "/rest/device-profiles?get_link_schema=true", alice, null).json()
                    .get("properties").has("link_to_profile_uuid"));
            String[] p = OwNodesTest.profiles(h, alice, true);
            assertEquals(1, h.call("GET", "/rest/device-profiles", alice, null).json().size());
            assertEquals(404, h.call("GET", "/rest/device-profiles/" + p[0], bob, null).status());
            assertEquals(400, h.call("POST", "/rest/device-profiles", alice, "{\"profile_name\":\"x\"}").status());
            assertEquals(403, h.call("POST", "/rest/device-profiles", alice, "{\"profile_name\":\"a link\","
                    + "\"link_to_profile_uuid\":\"" + p[0] + "\"}").status(), "linking needs can_link_*");
            JsonNode view = h.call("GET", "/rest/device-profiles/" + p[0], alice, null).json();
            assertEquals("ABP", view.get("content").get("activation").asText());

            // a profile-registered ABP device whose profile carries a payload decoder
            OwHarness.Answer reg = h.call("POST", "/rest/nodes", alice, "{\"DevEUI\":\"70B3D5FFFE000001\","
                    + "\"devaddr\":\"26012345\",\"nwkskey\":\"" + OwPayloadsTest.NWK + "\",\"appskey\":\""
                    + OwPayloadsTest.APP + "\",\"applications\":\"app1\",\"device_profile_uuid\":\"" + p[0]
                    + "\",\"service_profile_uuid\":\"" + p[1] + "\"}");
            assertEquals(200, reg.status(), reg.body());
            assertEquals(423, h.call("DELETE", "/rest/device-profiles/" + p[0], alice, null).status(),
                    "a profile in use is locked");
            h.connectGateway(0xD1);
            OwHarness.Abp dev = OwHarness.Abp.of("70B3D5FFFE000001", "26012345", OwPayloadsTest.NWK,
                    OwPayloadsTest.APP);
            h.uplink(dev, 0, 2, Bytes.fromHex("2C0101"), false, Bytes.EMPTY, 5_000_000);
            h.await(ServerEvent.UplinkReceived.class, e -> true);
            JsonNode up = h.call("GET", "/rest/nodes/70B3D5FFFE000001/payloads/ul/latest", alice, null).json();
            assertEquals(30.0, up.get("decoded").get("temperature").asDouble());
            assertEquals("green", up.get("decoded").get("color").asText());
            assertTrue(up.get("decoded").get("open").asBoolean());
            assertFalse(up.has("gtw_info"), "alice has no can_access_gtw_info");

            // application sub-accounts see only their devices and cannot change groups
            String app1 = OwHarness.basic(h.call("POST", "/rest/applications", alice,
                    "{\"accountid\":\"app1\",\"password\":\"p1\"}").json().get("app_uuid").asText(), "p1");
            String app2 = OwHarness.basic("#app.app2#alice", h.call("POST", "/rest/applications", alice,
                    "{\"accountid\":\"app2\",\"password\":\"p2\"}").json().get("password").asText());
            assertEquals(1, h.call("GET", "/rest/nodes", app1, null).json().size());
            assertEquals(0, h.call("GET", "/rest/nodes", app2, null).json().size());
            assertEquals(404, h.call("GET", "/rest/nodes/70B3D5FFFE000001", app2, null).status());
            assertEquals(1, h.call("GET", "/rest/nodes?application=app1", alice, null).json().size());
            assertEquals(403, h.call("POST", "/rest/groups", app1, "{\"groupid\":\"g\",\"title\":\"t\"}").status());
            assertEquals(200, h.call("DELETE", "/rest/applications/app1", alice, null).status());
            assertEquals("", h.call("GET", "/rest/nodes/70B3D5FFFE000001?all=true", alice, null).json()
                    .get("applications").asText(), "deleting an application drops the device references");

            // groups: read, rename, delete keeps the devices
            assertEquals(200, h.call("POST", "/rest/groups", alice, "{\"groupid\":\"g1\",\"title\":\"One\","
                    + "\"comment\":\"first\"}").status());
            assertEquals(200, h.call("PUT", "/rest/nodes/70B3D5FFFE000001", alice, "{\"groups\":\"g1\"}").status());
            assertEquals(200, h.call("PUT", "/rest/groups/g1", alice, "{\"groupid\":\"g9\"}").status());
            assertEquals(404, h.call("GET", "/rest/groups/g1", alice, null).status());
            assertEquals(1, h.call("GET", "/rest/nodes?group=g9", alice, null).json().size());
            assertEquals(1, h.call("GET", "/rest/groups?search_title=ON", alice, null).json().size());
            assertEquals(404, h.call("GET", "/rest/groups/g9", bob, null).status());
            assertEquals(200, h.call("DELETE", "/rest/groups/g9", alice, null).status());
            assertEquals(200, h.call("GET", "/rest/nodes/70B3D5FFFE000001", alice, null).status());

            // gateways: associate, list, the reduced view with can_access_gtw_info, un-associate
            assertEquals(200, h.call("POST", "/rest/gateways/00000000000000D1", alice, "{}").status());
            JsonNode gws = h.call("GET", "/rest/gateways", alice, null).json();
            assertEquals("00000000000000D1", gws.get(0).get("id").asText());
            assertEquals("OK", gws.get(0).get("status").asText());
            assertEquals("WIRED", gws.get(0).get("backhaul_type").asText());
            JsonNode reduced = h.call("GET", "/rest/gateways/00000000000000D1", bob, null).json();
            assertEquals(3, reduced.size(), "id, latitude, longitude only: " + reduced);
            assertEquals(404, h.call("GET", "/rest/gateways/00000000000000D1", app2, null).status());
            assertEquals(404, h.call("DELETE", "/rest/gateways/00000000000000D1", bob, null).status());
            assertEquals(200, h.call("DELETE", "/rest/gateways/00000000000000D1", alice, null).status());
            assertEquals(0, h.call("GET", "/rest/gateways", alice, null).json().size());
        }
    }
}
