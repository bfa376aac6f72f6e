// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import static lorabench.api.orbiwise.rest.OwFixture.DEV;
import static lorabench.api.orbiwise.rest.OwFixture.GW;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The "never a 5xx" sweep over every in-scope OrbiWAN REST endpoint (docs/orbiwise-coverage.md): no credentials,
/// wrong credentials and an unusable Bearer token are 401 everywhere; another account's resource is the documented
/// 404 (403 where the seed says so); malformed JSON and bodies that are not objects are 400. Every refusal is
/// `text/plain`, or RFC 7807 when asked (OW-A-02, OW-A-09).
class OwNeverServerErrorTest {
    @TempDir
    Path dir;

    /// One endpoint: the call on alice's resource, and what bob gets for it.
    record Endpoint(String method, String path, String body, int asBob) {}

    static List<Endpoint> endpoints(OwFixture f) {
        String n = "/rest/nodes/" + DEV;
        String group = "{\"groupid\":\"g2\",\"title\":\"T\"}";
        String push = "{\"host\":\"http://127.0.0.1\",\"port\":9}";
        return List.of(
                new Endpoint("GET", "/rest/users", null, 200),
                new Endpoint("POST", "/rest/users", "{\"userid\":\"u9\",\"password\":\"p\"}", 200),
                new Endpoint("DELETE", "/rest/users/carol", null, 404),
                new Endpoint("PUT", "/rest/user", "{\"tags\":{\"a\":\"b\"}}", 200),
                new Endpoint("GET", "/rest/applications", null, 200),
                new Endpoint("POST", "/rest/applications", "{\"accountid\":\"a9\"}", 200),
                new Endpoint("GET", "/rest/applications/myapp", null, 404),
                new Endpoint("PUT", "/rest/applications/myapp", "{\"can_register\":false}", 404),
                new Endpoint("DELETE", "/rest/applications/myapp", null, 404),
                new Endpoint("POST", "/rest/applications/myapp/oauth2/token", null, 400),
                new Endpoint("POST", "/rest/nodes", "{\"DevEUI\":\"" + DEV + "\",\"lora_device_class\":0,"
                        + "\"lora_fcnt_32bit\":true,\"lora_rx2_sf\":\"SF12\",\"MACVersion\":\"1.0.2\","
                        + "\"RFRegion\":\"EU868\"}", 409),
                new Endpoint("GET", "/rest/nodes", null, 200),
                new Endpoint("GET", n, null, 404),
                new Endpoint("PUT", n, "{\"comment\":\"x\"}", 404),
                new Endpoint("DELETE", n, null, 404),
                new Endpoint("PUT", n + "/status", null, 404),
                new Endpoint("GET", n + "/status", null, 404),
                new Endpoint("GET", n + "/payloads/ul", null, 404),
                new Endpoint("GET", n + "/payloads/ul/latest", null, 404),
                new Endpoint("DELETE", n + "/payloads/ul/1", null, 404),
                new Endpoint("POST", n + "/payloads/dl?port=1", "AQI=", 404),
                new Endpoint("GET", n + "/payloads/dl", null, 404),
                new Endpoint("GET", n + "/payloads/dl/" + f.dl, null, 404),
                new Endpoint("DELETE", n + "/payloads/dl/" + f.dl, null, 404),
                new Endpoint("GET", n + "/payloads/all", null, 404),
                new Endpoint("POST", "/rest/multicast/g1?port=1", "AQI=", 404),
                new Endpoint("GET", "/rest/multicast/g1/payloads/dl", null, 404),
                new Endpoint("GET", "/rest/multicast/g1/payloads/dl/1", null, 404),
                new Endpoint("POST", "/rest/groups", group, 200),
                new Endpoint("GET", "/rest/groups", null, 200),
                new Endpoint("GET", "/rest/groups/g1", null, 404),
                new Endpoint("PUT", "/rest/groups/g1", "{\"comment\":\"c\"}", 404),
                new Endpoint("DELETE", "/rest/groups/g1", null, 404),
                new Endpoint("GET", "/rest/gateways", null, 200),
                new Endpoint("GET", "/rest/gateways/" + GW, null, 404),
                new Endpoint("POST", "/rest/gateways/" + GW, "{}", 403),
                new Endpoint("DELETE", "/rest/gateways/" + GW, null, 404),
                new Endpoint("GET", "/rest/device-profiles", null, 200),
                new Endpoint("POST", "/rest/device-profiles", "{\"profile_name\":\"p\"}", 200),
                new Endpoint("GET", "/rest/device-profiles/" + f.dp, null, 404),
                new Endpoint("PUT", "/rest/device-profiles/" + f.dp, "{\"description\":\"d\"}", 404),
                new Endpoint("DELETE", "/rest/device-profiles/" + f.dp, null, 404),
                new Endpoint("GET", "/rest/service-profiles", null, 200),
                new Endpoint("POST", "/rest/service-profiles", "{\"profile_name\":\"p\"}", 200),
                new Endpoint("GET", "/rest/service-profiles/" + f.sp, null, 404),
                new Endpoint("PUT", "/rest/service-profiles/" + f.sp, "{\"description\":\"d\"}", 404),
                new Endpoint("DELETE", "/rest/service-profiles/" + f.sp, null, 404),
                new Endpoint("PUT", "/rest/pushmode/start", push, 200),
                new Endpoint("PUT", "/rest/pushmode/start/myapp", push, 404),
                new Endpoint("PUT", "/rest/pushmode/stop", null, 200),
                new Endpoint("PUT", "/rest/pushmode/stop/myapp", null, 404),
                new Endpoint("GET", "/rest/pushmode/status", null, 200),
                new Endpoint("GET", "/rest/pushmode/status/myapp", null, 404),
                new Endpoint("GET", "/rest/pushmode/connections", null, 200),
                new Endpoint("GET", "/rest/pushmode/connections/myapp", null, 404),
                new Endpoint("GET", "/rest/pushmode/log", null, 200),
                new Endpoint("PUT", "/rest/pushmode/loglevel?log_level=error", null, 200),
                new Endpoint("GET", "/rest/pushmode/loglevel", null, 200),
                new Endpoint("POST", "/rest/pushmode/test/payload_ul/" + DEV + "/1", null, 404));
    }

    @Test
    void everyEndpointRefusesMissingAndWrongCredentialsWith401() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            OwFixture f = new OwFixture(h);
            List<String> refused = List.of(OwHarness.basic("alice", "wrong"), OwHarness.basic("nobody", "x"),
                    "Basic not-base64!", "Bearer not-a-token", "Digest username=\"alice\"");
            for (Endpoint e : endpoints(f)) {
                f.expect(401, e.method(), e.path(), null, e.body());
                for (String auth : refused) {
                    f.expect(401, e.method(), e.path(), auth, e.body());
                }
            }
            f.assertNoFailures();
        }
    }

    @Test
    void anotherAccountsResourcesAreNotFound() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            OwFixture f = new OwFixture(h);
            for (Endpoint e : endpoints(f)) {
                if (e.asBob() != 200) {
                    f.expect(e.asBob(), e.method(), e.path(), f.bob, e.body());
                }
            }
            // alice's things are all still there
            for (Endpoint e : endpoints(f)) {
                if (e.method().equals("GET") && !e.path().contains("/payloads/ul") && !e.path().endsWith("/1")) {
                    f.expect(200, e.method(), e.path(), f.alice, null);
                }
            }
            f.assertNoFailures();
        }
    }

    @Test
    void malformedJsonAndNonObjectBodiesAre400() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            OwFixture f = new OwFixture(h);
            List<String> bad = List.of("{not json", "{\"a\":1,}", "[1,2]", "\"text\"", "42", "null", "{\"a\":1} x");
            for (Endpoint e : endpoints(f)) {
                if (e.body() == null || e.path().contains("/payloads/dl") || e.path().startsWith("/rest/multicast")) {
                    continue; // no JSON body (the downlink body is raw base64/hex)
                }
                for (String body : bad) {
                    f.expect(400, e.method(), e.path(), f.alice, body);
                }
                // the endpoint's own good body, then something after it: trailing text is checked before anything
                for (String tail : List.of(" x", " {}", "}", ",")) {
                    f.expect(400, e.method(), e.path(), f.alice, e.body() + tail);
                }
            }
            f.assertNoFailures();
        }
    }
}
