// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import static lorabench.api.orbiwise.rest.OwFixture.DEV;
import static lorabench.api.orbiwise.rest.OwFixture.GW;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import lorabench.api.orbiwise.OrbiwiseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The documented status codes that no scenario test asserted (the "gap" cells of docs/orbiwise-coverage.md),
/// and bad values — wrong JSON types, out-of-range numbers, bad hex, bad query values — each answered with the
/// code the seed or its AMB-OW reading gives, in the OrbiWAN error format, never a 5xx.
class OwStatusCodesTest {
    @TempDir
    Path dir;

    /// One call by alice and its expected status.
    record Case(int status, String method, String path, String body) {}

    static final String N = "/rest/nodes/" + DEV;
    static final String REG = "{\"DevEUI\":\"0000000000000099\",\"devaddr\":\"26019999\",\"nwkskey\":\""
            + OwFixture.NWK.replace('2', '3') + "\",\"appskey\":\"" + OwFixture.APP + "\",\"lora_device_class\":0,"
            + "\"lora_fcnt_32bit\":true,\"lora_rx2_sf\":\"SF12\",\"MACVersion\":\"1.0.2\",\"RFRegion\":\"EU868\"";

    static List<Case> badValues(OwFixture f) {
        return List.of(
                // OW-D-05 registration: 406 invalid values, 404 invalid/missing parameters (AMB-OW-04)
                new Case(406, "POST", "/rest/nodes", REG.replace("0000000000000099", "XYZ") + "}"),
                new Case(406, "POST", "/rest/nodes", REG.replace("\"0000000000000099\"", "12345") + "}"),
                new Case(406, "POST", "/rest/nodes", REG.replace("0000000000000099", "00000000000000991") + "}"),
                new Case(406, "POST", "/rest/nodes", REG.replace("\"lora_device_class\":0", "\"lora_device_class\":7")
                        + "}"),
                new Case(406, "POST", "/rest/nodes", REG.replace("\"lora_device_class\":0",
                        "\"lora_device_class\":\"A\"") + "}"),
                new Case(406, "POST", "/rest/nodes", REG.replace("26019999", "GG019999") + "}"),
                new Case(406, "POST", "/rest/nodes", REG.replace(OwFixture.APP, "0x" + "ZZ".repeat(16)) + "}"),
                new Case(406, "POST", "/rest/nodes", REG + ",\"latitude\":91}"),
                new Case(406, "POST", "/rest/nodes", REG + ",\"longitude\":\"east\"}"),
                new Case(406, "POST", "/rest/nodes", REG + ",\"expiry_time_uplink\":0}"),
                new Case(406, "POST", "/rest/nodes", REG + ",\"activated\":\"yes\"}"),
                new Case(406, "POST", "/rest/nodes", REG + ",\"tags\":\"room\"}"),
                new Case(406, "POST", "/rest/nodes", REG + ",\"MaxEIRP\":34}"),
                new Case(406, "POST", "/rest/nodes", REG.replace("EU868", "MARS433") + "}"),
                new Case(406, "POST", "/rest/nodes", REG + ",\"device_properties\":\"static,mobile\"}"),
                // OW-D-06/07/09/10/11 on a path that is not a DevEUI: unknown device
                new Case(404, "GET", "/rest/nodes/XYZ", null),
                new Case(404, "GET", "/rest/nodes/" + DEV + "00", null),
                new Case(404, "DELETE", "/rest/nodes/XYZ", null),
                new Case(404, "PUT", "/rest/nodes/XYZ/status", null),
                new Case(404, "GET", "/rest/nodes/XYZ/status", null),
                new Case(404, "GET", "/rest/nodes/XYZ/payloads/ul", null),
                new Case(404, "PUT", "/rest/nodes/XYZ", "{\"comment\":\"x\"}"),
                new Case(400, "GET", N + "?all=maybe", null),
                // OW-D-07 update: 406 invalid values, 400 invalid parameters
                new Case(406, "PUT", N, "{\"lora_device_class\":9}"),
                new Case(406, "PUT", N, "{\"lora_device_class\":\"C\"}"),
                new Case(406, "PUT", N, "{\"devaddr\":\"01020304\",\"nwkskey\":\"zz\"}"),
                new Case(406, "PUT", N, "{\"activated\":\"maybe\"}"),
                new Case(406, "PUT", N, "{\"latitude\":-100}"),
                new Case(406, "PUT", N, "{\"tags\":[1]}"),
                new Case(400, "PUT", N, "{\"tags\":{\"bad name\":\"x\"}}"),
                // OW-D-08 list: 400 error in query
                new Case(400, "GET", "/rest/nodes?limit=abc", null),
                new Case(400, "GET", "/rest/nodes?limit=-1", null),
                new Case(400, "GET", "/rest/nodes?from_date=yesterday", null),
                new Case(400, "GET", "/rest/nodes?sort_by_DevEUI=sideways", null),
                new Case(400, "GET", "/rest/nodes?paged_results=perhaps", null),
                new Case(404, "GET", "/rest/nodes?application=nope", null),
                // OW-E-01/02/03/08/09/10 queries and ids
                new Case(400, "GET", N + "/payloads/ul?data_format=binary", null),
                new Case(400, "GET", N + "/payloads/ul?from_date=2015-13-45", null),
                new Case(400, "GET", N + "/payloads/ul?limit=many", null),
                new Case(400, "GET", N + "/payloads/ul?search_port=abc", null),
                new Case(400, "GET", N + "/payloads/ul?search_port=300", null),
                new Case(400, "GET", N + "/payloads/ul?sort_by_timestamp=up", null),
                new Case(410, "GET", N + "/payloads/ul?page_state=expired-or-forged", null),
                new Case(204, "GET", N + "/payloads/ul/latest", null),
                new Case(404, "DELETE", N + "/payloads/ul/abc", null),
                new Case(404, "DELETE", N + "/payloads/ul/99999", null),
                new Case(404, "GET", N + "/payloads/dl/abc", null),
                new Case(404, "GET", N + "/payloads/dl/99999", null),
                new Case(404, "DELETE", N + "/payloads/dl/99999", null),
                new Case(400, "GET", N + "/payloads/dl?search_transmission_status=sent", null),
                new Case(400, "GET", N + "/payloads/all?payload_type=sideways", null),
                // OW-E-04 downlink POST: 400 for malformed requests (AMB-OW-70)
                new Case(400, "POST", N + "/payloads/dl?port=abc", "AQI="),
                new Case(400, "POST", N + "/payloads/dl?port=0", "AQI="),
                new Case(400, "POST", N + "/payloads/dl?port=256", "AQI="),
                new Case(400, "POST", N + "/payloads/dl?port=1&fcnt=abc", "AQI="),
                new Case(400, "POST", N + "/payloads/dl?port=1&confirmed=maybe", "AQI="),
                new Case(400, "POST", N + "/payloads/dl?port=1&mode=sometimes", "AQI="),
                new Case(400, "POST", N + "/payloads/dl?port=1&data_format=binary", "AQI="),
                new Case(400, "POST", N + "/payloads/dl?port=1", "!!not base64!!"),
                new Case(400, "POST", N + "/payloads/dl?port=1&data_format=hex", "ABC"),
                new Case(400, "POST", N + "/payloads/dl?port=1&data_format=hex", "A".repeat(600)),
                new Case(404, "POST", "/rest/nodes/XYZ/payloads/dl?port=1", "AQI="),
                // OW-E-11 multicast
                new Case(400, "POST", "/rest/multicast/g1?port=abc", "AQI="),
                new Case(400, "POST", "/rest/multicast/g1?port=1", "%%%"),
                new Case(404, "GET", "/rest/multicast/g1/payloads/dl/abc", null),
                // OW-K groups: 400 bad JSON / values, 409 duplicate, 404 unknown
                new Case(400, "POST", "/rest/groups", "{\"groupid\":\"g3\"}"),
                new Case(400, "POST", "/rest/groups", "{\"groupid\":5,\"title\":\"t\"}"),
                new Case(400, "POST", "/rest/groups", "{\"groupid\":\"g3\",\"title\":\"t\",\"nwkskey\":\"zz\"}"),
                new Case(400, "POST", "/rest/groups", "{\"groupid\":\"g3\",\"title\":\"t\",\"fcnt\":\"x\"}"),
                new Case(400, "POST", "/rest/groups", "{\"groupid\":\"g3\",\"title\":\"t\",\"freq\":\"high\"}"),
                new Case(400, "POST", "/rest/groups", "{\"groupid\":\"g3\",\"title\":\"t\",\"devaddr\":\"XY\"}"),
                new Case(409, "POST", "/rest/groups", "{\"groupid\":\"g1\",\"title\":\"t\"}"),
                new Case(400, "PUT", "/rest/groups/g1", "{\"fcnt\":-1}"),
                new Case(400, "PUT", "/rest/groups/g1", "{\"title\":[]}"),
                new Case(404, "PUT", "/rest/groups/nope", "{\"comment\":\"c\"}"),
                new Case(404, "DELETE", "/rest/groups/nope", null),
                // OW-L applications: 400 bad values, 409 duplicate, 404 unknown
                new Case(400, "POST", "/rest/applications", "{\"accountid\":\"a2\",\"can_register\":\"yes\"}"),
                new Case(400, "POST", "/rest/applications", "{\"accountid\":7}"),
                new Case(400, "POST", "/rest/applications", "{\"password\":\"p\"}"),
                new Case(409, "POST", "/rest/applications", "{\"accountid\":\"myapp\"}"),
                new Case(400, "PUT", "/rest/applications/myapp", "{\"can_register\":5}"),
                new Case(400, "PUT", "/rest/applications/myapp", "{\"accountid\":\"renamed\"}"),
                new Case(400, "PUT", "/rest/applications/myapp", "{\"tags\":\"t\"}"),
                new Case(404, "PUT", "/rest/applications/nope", "{\"can_register\":true}"),
                new Case(404, "DELETE", "/rest/applications/nope", null),
                new Case(400, "POST", "/rest/applications/nope/oauth2/token", null),
                // OW-C users
                new Case(400, "POST", "/rest/users", "{\"userid\":\"u2\"}"),
                new Case(400, "POST", "/rest/users", "{\"userid\":\"u2\",\"password\":\"p\",\"is_admin\":\"x\"}"),
                new Case(400, "POST", "/rest/users", "{\"userid\":\"u2\",\"password\":\"p\",\"tags\":5}"),
                new Case(409, "POST", "/rest/users", "{\"userid\":\"bob\",\"password\":\"p\"}"),
                new Case(404, "DELETE", "/rest/users/nobody", null),
                new Case(400, "PUT", "/rest/user", "{\"tags\":\"geneva\"}"),
                // OW-M gateways: 400 bad id, 404 unknown
                new Case(400, "GET", "/rest/gateways/XYZ", null),
                new Case(400, "POST", "/rest/gateways/XYZ", "{}"),
                new Case(404, "GET", "/rest/gateways/00000000000000E2", null),
                new Case(404, "DELETE", "/rest/gateways/00000000000000E2", null),
                new Case(200, "POST", "/rest/gateways/" + GW, null),
                // OW-N/O/P profiles: 400 invalid profile, 404 unknown
                new Case(400, "POST", "/rest/device-profiles", "{\"profile_name\":\"abc\",\"content\":{}}"),
                new Case(400, "POST", "/rest/device-profiles", "{\"profile_name\":7}"),
                new Case(400, "PUT", "/rest/device-profiles/" + f.dp, "{\"content\":{\"MaxEIRP\":99}}"),
                new Case(404, "GET", "/rest/device-profiles/not-a-uuid", null),
                new Case(404, "PUT", "/rest/device-profiles/not-a-uuid", "{\"description\":\"d\"}"),
                new Case(404, "DELETE", "/rest/service-profiles/not-a-uuid", null),
                new Case(400, "GET", "/rest/device-profiles?limit=x", null),
                new Case(400, "GET", "/rest/device-profiles?sort_by_name=up", null),
                // OW-B tokens
                new Case(400, "POST", "/rest/oauth2/token?grant_type=magic", null),
                new Case(400, "POST", "/rest/oauth2/token?grant_type=refresh_token", null),
                new Case(401, "POST", "/rest/oauth2/token?grant_type=refresh_token&refresh_token=x.y.z", null),
                new Case(401, "POST", "/rest/oauth2/token?grant_type=password&username=alice", null),
                // OW-G push mode management: 400 invalid JSON object / values
                new Case(400, "PUT", "/rest/pushmode/start", "{\"host\":5,\"port\":9}"),
                new Case(400, "PUT", "/rest/pushmode/start", "{\"host\":\"ftp://x\",\"port\":9}"),
                new Case(400, "PUT", "/rest/pushmode/start", "{\"host\":\"http://x\",\"port\":\"nine\"}"),
                new Case(400, "PUT", "/rest/pushmode/start", "{\"host\":\"http://x\",\"port\":70000}"),
                new Case(400, "PUT", "/rest/pushmode/start", "{\"host\":\"http://x\",\"data_format\":\"xml\"}"),
                new Case(400, "PUT", "/rest/pushmode/start",
                        "{\"host\":\"http://x\",\"push_subscription\":\"payloads_ul,weather\"}"),
                new Case(400, "PUT", "/rest/pushmode/start", "{\"host\":\"http://x\",\"retry_policy\":\"abc\"}"),
                new Case(400, "PUT", "/rest/pushmode/start", "{\"host\":\"http://x\",\"retry_policy\":\"0\"}"),
                new Case(400, "PUT", "/rest/pushmode/start", "{\"host\":\"http://x\",\"retry_policy\":false}"),
                new Case(400, "PUT", "/rest/pushmode/start", "{\"host\":\"http://x\",\"retry_policy\":0.5}"),
                new Case(400, "PUT", "/rest/pushmode/start", "{\"host\":\"http://x\",\"retry_policy\":[]}"),
                new Case(400, "PUT", "/rest/pushmode/start", "{\"host\":\"http://x\",\"retry_policy\":7}"),
                new Case(400, "PUT", "/rest/pushmode/start?strict=true", "{\"host\":\"http://x\",\"retry_policy\":1}"),
                new Case(400, "PUT", "/rest/pushmode/start", "{\"host\":\"http://x\",\"port\":80.5}"),
                new Case(400, "PUT", "/rest/pushmode/start", "{\"host\":\"http://x\",\"path_prefix\":5}"),
                new Case(400, "PUT", "/rest/pushmode/start", "{\"host\":\"http://x\",\"push_subscription\":[]}"),
                new Case(400, "PUT", "/rest/pushmode/start", "{\"host\":\"http://x\",\"auth_string\":1}"),
                new Case(400, "PUT", "/rest/pushmode/start", "{\"host\":\"http://x\"} garbage"),
                new Case(404, "PUT", "/rest/pushmode/start/nope", "{\"host\":\"http://x\"}"),
                new Case(400, "PUT", "/rest/pushmode/loglevel?log_level=verbose", null),
                new Case(400, "PUT", "/rest/pushmode/loglevel?log_level=info&duration_in_hours=abc", null),
                new Case(400, "PUT", "/rest/pushmode/loglevel?log_level=info&duration_in_hours=0", null),
                new Case(404, "POST", "/rest/pushmode/test/payload_ul/XYZ/1", null),
                new Case(404, "POST", "/rest/pushmode/test/payload_ul/" + DEV + "/abc", null),
                new Case(404, "POST", "/rest/pushmode/test/payload_ul/" + DEV + "/99999", null));
    }

    /// The codes only rights and state reach: 403 for sub-accounts and missing rights, 423 for a profile in use,
    /// 202 for a multi-device update where one device fails, and the successful calls no scenario made.
    @Test
    void rightsAndStateCodes() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            OwFixture f = new OwFixture(h);
            String app = OwHarness.basic("#app.myapp#alice", "app-pass");
            String limited = h.user("limited", "\"can_list_service_profiles\":false,"
                    + "\"can_create_device_profiles\":false");
            // OW-L-03/04: sub-accounts have no administration rights
            f.expect(403, "GET", "/rest/applications", app, null);
            f.expect(403, "PUT", "/rest/applications/myapp", app, "{\"can_register\":true}");
            f.expect(200, "PUT", "/rest/applications/myapp", f.alice, "{\"can_register\":true}");
            f.expect(200, "GET", "/rest/applications", f.alice, null);
            // OW-K-03/04: sub-accounts cannot change or delete groups
            f.expect(403, "PUT", "/rest/groups/g1", app, "{\"comment\":\"c\"}");
            f.expect(403, "DELETE", "/rest/groups/g1", app, null);
            // OW-M-03: associating needs can_own_gtw / can_add_gtw
            f.expect(403, "POST", "/rest/gateways/00000000000000E3", app, "{}");
            // OW-N/O/P: rights, in-use lock, modify and delete
            f.expect(403, "GET", "/rest/service-profiles", limited, null);
            com.fasterxml.jackson.databind.node.ObjectNode dp = (com.fasterxml.jackson.databind.node.ObjectNode)
                    OwHarness.JSON.readTree(java.nio.file.Files.readString(
                            Path.of("sample-profiles/device-profiles/EU868-classA-1.0.4.json")));
            ((com.fasterxml.jackson.databind.node.ObjectNode) dp.get("content")).put("activation", "ABP");
            f.expect(403, "POST", "/rest/device-profiles", limited, dp.toString());
            f.expect(200, "PUT", "/rest/device-profiles/" + f.dp, f.alice, "{\"description\":\"renamed\"}");
            f.expect(200, "POST", "/rest/nodes", f.alice, "{\"DevEUI\":\"0000000000000042\",\"devaddr\":\"26014242\","
                    + "\"nwkskey\":\"" + OwFixture.APP + "\",\"device_profile_uuid\":\"" + f.dp
                    + "\",\"service_profile_uuid\":\"" + f.sp + "\",\"groups\":\"g1\"}");
            ((com.fasterxml.jackson.databind.node.ObjectNode) dp.get("content")).put("MaxEIRP", 14);
            f.expect(423, "PUT", "/rest/device-profiles/" + f.dp, f.alice, dp.toString());
            String spare = OwNodesTest.profiles(h, f.alice, false)[0];
            f.expect(200, "DELETE", "/rest/device-profiles/" + spare, f.alice, null);
            f.expect(404, "GET", "/rest/device-profiles/" + spare, f.alice, null);
            // OW-D-07: one of the group's two devices cannot take the DevAddr+NwkSKey pair the other now has
            f.expect(200, "PUT", "/rest/nodes/0000000000000042", f.alice, "{\"devaddr\":\"26015555\",\"nwkskey\":\""
                    + OwFixture.NWK + "\"}");
            f.expect(202, "PUT", "/rest/nodes/g1", f.alice, "{\"devaddr\":\"26015555\",\"nwkskey\":\""
                    + OwFixture.NWK + "\"}");
            OwHarness.Answer partial = h.call("PUT", "/rest/nodes/g1", f.alice, "{\"devaddr\":\"26015555\","
                    + "\"nwkskey\":\"" + OwFixture.NWK + "\"}", "Accept", OwErrors.PROBLEM_JSON);
            org.junit.jupiter.api.Assertions.assertEquals(1, partial.json().path("failed-devices").size(),
                    partial.body());
            // OW-E-07/10 multicast downlinks: read and delete by id
            long mc = h.call("POST", "/rest/multicast/g1?port=3", f.alice, "AQ==").json().get("id").asLong();
            f.expect(200, "GET", "/rest/multicast/g1/payloads/dl/" + mc, f.alice, null);
            f.expect(200, "DELETE", "/rest/multicast/g1/payloads/dl/" + mc, f.alice, null);
            f.expect(404, "DELETE", "/rest/multicast/g1/payloads/dl/" + mc, f.alice, null);
            // OW-G-03/04 on an application sub-account
            f.expect(200, "GET", "/rest/pushmode/status/myapp", f.alice, null);
            f.expect(200, "PUT", "/rest/pushmode/stop/myapp", f.alice, null);
            f.expect(403, "GET", "/rest/pushmode/status/myapp", app, null);
            // OW-N-03/04: a service profile referencing a profile that is not found (missing, another account's,
            // or of the other kind) is 404; one the caller sees links
            String linker = h.user("linker", "\"can_create_service_profiles\":true,"
                    + "\"can_link_service_profiles\":true");
            String[] own = OwNodesTest.profiles(h, linker, false);
            String link = "{\"profile_name\":\"a link\",\"link_to_profile_uuid\":\"%s\"}";
            f.expect(404, "POST", "/rest/service-profiles", linker, link.formatted("no-such-profile"));
            f.expect(404, "POST", "/rest/service-profiles", linker, link.formatted(f.sp));
            f.expect(404, "POST", "/rest/service-profiles", linker, link.formatted(own[0]));
            OwHarness.Answer linked = h.call("POST", "/rest/service-profiles", linker, link.formatted(own[1]));
            assertEquals(200, linked.status(), linked.body());
            // OW-P service profiles by uuid, as device profiles (OW-O-04/05/06): a link holds its target (423)
            String sp = "/rest/service-profiles/";
            f.expect(200, "GET", sp + linked.json().path("profile_uuid").asText(), linker, null);
            f.expect(200, "PUT", sp + own[1], linker, "{\"description\":\"renamed\"}");
            f.expect(423, "DELETE", sp + own[1], linker, null);
            f.expect(200, "DELETE", sp + linked.json().path("profile_uuid").asText(), linker, null);
            f.expect(200, "DELETE", sp + own[1], linker, null);
            f.expect(404, "GET", sp + own[1], linker, null);
            f.assertNoFailures();
        }
    }

    /// The remaining right-dependent codes: a profile the parent shares with a user who may not create profiles,
    /// a gateway un-associated by a sub-account that may see but not own gateways, a busy multicast queue.
    @Test
    void sharedProfilesGatewayRightsAndABusyMulticastQueue() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            OwFixture f = new OwFixture(h);
            String reader = h.user("reader", "\"can_create_device_profiles\":false");
            String blind = h.user("blind", "\"can_list_device_profiles\":false");
            com.fasterxml.jackson.databind.node.ObjectNode dp = (com.fasterxml.jackson.databind.node.ObjectNode)
                    OwHarness.JSON.readTree(java.nio.file.Files.readString(
                            Path.of("sample-profiles/device-profiles/EU868-classA-1.0.4.json")));
            dp.put("shared_with_all_users", true);
            String shared = h.call("POST", "/rest/device-profiles", h.admin(), dp.toString()).json()
                    .get("profile_uuid").asText();
            f.expect(200, "GET", "/rest/device-profiles/" + shared, reader, null);
            f.expect(403, "PUT", "/rest/device-profiles/" + shared, reader, dp.toString());
            f.expect(403, "DELETE", "/rest/device-profiles/" + shared, reader, null);
            f.expect(403, "GET", "/rest/device-profiles", blind, null);
            f.expect(403, "GET", "/rest/device-profiles/" + shared, blind, null);
            f.expect(403, "POST", "/rest/service-profiles", reader, java.nio.file.Files.readString(
                    Path.of("sample-profiles/service-profiles/default.json")));

            String seer = h.user("seer", "\"can_access_gtw_info\":true");
            f.expect(200, "POST", "/rest/gateways/00000000000000E5", seer, "{}");
            f.expect(200, "POST", "/rest/applications", seer, "{\"accountid\":\"looker\",\"password\":\"look-pw\","
                    + "\"can_access_gtw_info\":true,\"can_own_gtw\":false,\"can_add_gtw\":false}");
            String looker = OwHarness.basic("#app.looker#seer", "look-pw");
            f.expect(200, "GET", "/rest/gateways/00000000000000E5", looker, null);
            f.expect(403, "DELETE", "/rest/gateways/00000000000000E5", looker, null);

            // no gateway is connected, so a multicast downlink stays queued
            f.expect(200, "POST", "/rest/multicast/g1?port=3", f.alice, "AQ==");
            f.expect(409, "POST", "/rest/multicast/g1?port=3&mode=fail_on_busy", f.alice, "Ag==");
            f.assertNoFailures();
        }
    }

    /// OW-D-08 / AMB-OW-12: "If there is too much data to sort an error 413 is returned" — a sort other than by
    /// DevEUI over more devices than the configured limit (documented default 100000; 3 here), whether the first
    /// page, `get_pages=true` or a page state is asked for. Sorting by DevEUI, not sorting, or filtering the
    /// result down to the limit are the seed's three ways out; a query error stays 400.
    @Test
    void sortingTooManyDevicesIs413() throws Exception {
        assertEquals(100_000, lorabench.app.ServerOptions.defaults(dir).orbiwise().maxSortedResults(),
                "the server's default is the documented 'several 100k devices' scale");
        try (OwHarness h = new OwHarness(dir, OrbiwiseSettings.DEFAULT.withMaxSortedResults(3))) {
            OwFixture f = new OwFixture(h);
            for (int i = 1; i <= 2; i++) {
                assertEquals(200, h.registerAbp(f.alice, "00000000000000A" + i, "260100A" + i,
                        OwFixture.NWK, OwFixture.APP, "\"comment\":\"dev " + i + "\"").status());
            }
            // three devices: exactly the limit, so the sorts work as before (416 without a page state)
            String pages = h.call("GET", "/rest/nodes?sort_by_date=asc&get_pages=true&limit=2", f.alice, null).json()
                    .get("pages").get(1).get("page_state").asText();
            f.expect(416, "GET", "/rest/nodes?sort_by_date=asc", f.alice, null);
            f.expect(200, "GET", "/rest/nodes?soft_by_comment=desc&page_state=" + pages, f.alice, null);

            assertEquals(200, h.registerAbp(f.alice, "00000000000000A3", "260100A3", OwFixture.NWK, OwFixture.APP,
                    "\"comment\":\"dev 3\"").status());
            for (String sort : List.of("sort_by_date=asc", "sort_by_date=desc", "soft_by_comment=asc",
                    "sort_by_comment=desc", "sort_by_date=true")) {
                f.expect(413, "GET", "/rest/nodes?" + sort, f.alice, null);
                f.expect(413, "GET", "/rest/nodes?" + sort + "&get_pages=true", f.alice, null);
                f.expect(413, "GET", "/rest/nodes?" + sort + "&page_state=" + pages, f.alice, null);
                f.expect(413, "GET", "/rest/nodes?" + sort + "&paged_results=true&limit=1", f.alice, null);
                f.expect(400, "GET", "/rest/nodes?" + sort + "&limit=0", f.alice, null);
                f.expect(200, "GET", "/rest/nodes?" + sort + "&search_DevEUI=00000000000000A&get_pages=true",
                        f.alice, null);
            }
            OwHarness.Answer tooBig = h.call("GET", "/rest/nodes?sort_by_date=asc", f.alice, null);
            assertTrue(tooBig.body().startsWith("Too big query"), tooBig.body());
            assertEquals(4, h.call("GET", "/rest/nodes?sort_by_DevEUI=desc", f.alice, null).json().size());
            assertEquals(4, h.call("GET", "/rest/nodes", f.alice, null).json().size());
            assertEquals(3, h.call("GET", "/rest/nodes?soft_by_comment=asc&search_comment=dev&get_pages=true",
                    f.alice, null).json().get("total").asInt(), "filtering brings the sort back under the limit");
            f.expect(416, "GET", "/rest/nodes?sort_by_date=asc", f.bob, null);
            f.assertNoFailures();
        }
    }

    @Test
    void badValuesGetTheDocumentedCodesAndNeverA5xx() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            OwFixture f = new OwFixture(h);
            for (Case c : badValues(f)) {
                f.expect(c.status(), c.method(), c.path(), f.alice, c.body());
            }
            f.assertNoFailures();
        }
    }
}
