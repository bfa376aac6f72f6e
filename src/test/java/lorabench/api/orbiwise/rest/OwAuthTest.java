// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// OW-A-02, OW-B, OW-L-01: Basic and Bearer on every route, the three username forms, tokens, 401s.
class OwAuthTest {
    @TempDir
    Path dir;

    @Test
    void basicBearerTokensAndSubAccountLogins() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            assertEquals(401, h.call("GET", "/rest/nodes", null, null).status());
            OwHarness.Answer bad = h.call("GET", "/rest/nodes", OwHarness.basic("admin", "wrong"), null);
            assertEquals(401, bad.status());
            assertTrue(bad.contentType().startsWith("text/plain"));
            assertEquals(OwError.UNAUTHORIZED, bad.body());
            OwHarness.Answer problem = h.call("GET", "/rest/nodes", null, null, "Accept", "application/problem+json");
            assertEquals(401, problem.status());
            assertTrue(problem.contentType().startsWith("application/problem+json"));
            assertEquals("about:blank", problem.json().get("type").asText());
            assertEquals(401, problem.json().get("status").asInt());
            assertEquals(200, h.call("GET", "/rest/nodes", h.admin(), null).status());

            String alice = h.user("alice", "");
            // password grant in the query
            OwHarness.Answer t = h.call("POST", "/rest/oauth2/token?grant_type=password&client_id=c1&username=alice"
                    + "&password=pw-alice", null, null);
            assertEquals(200, t.status(), t.body());
            JsonNode tok = t.json();
            assertEquals(43200, tok.get("expires_in").asInt());
            assertEquals("openid", tok.get("scope").asText());
            assertEquals("bearer", tok.get("token_type").asText());
            assertEquals(3, tok.get("access_token").asText().split("\\.").length, "a JWT");
            assertEquals(200, h.call("GET", "/rest/nodes", "Bearer " + tok.get("access_token").asText(), null)
                    .status());
            assertEquals(401, h.call("GET", "/rest/nodes", "Bearer " + tok.get("refresh_token").asText(), null)
                    .status(), "a refresh token never authenticates an API call");
            // password grant in a form body
            String form = "grant_type=password&username=alice&password=" + URLEncoder.encode("pw-alice",
                    StandardCharsets.UTF_8);
            assertEquals(200, h.call("POST", "/rest/oauth2/token", null, form, "Content-Type",
                    "application/x-www-form-urlencoded").status());
            assertEquals(401, h.call("POST", "/rest/oauth2/token?grant_type=password&username=alice&password=x",
                    null, null).status());
            assertEquals(400, h.call("POST", "/rest/oauth2/token", null, null).status());
            // refresh
            OwHarness.Answer renewed = h.call("POST", "/rest/oauth2/token?grant_type=refresh_token&refresh_token="
                    + tok.get("refresh_token").asText(), null, null);
            assertEquals(200, renewed.status());
            assertEquals(401, h.call("GET", "/rest/nodes", "Bearer " + tok.get("access_token").asText(), null)
                    .status(), "the renewed pair replaces the old one");
            assertEquals(200, h.call("GET", "/rest/nodes", "Bearer " + renewed.json().get("access_token").asText(),
                    null).status());
            assertEquals(401, h.call("POST", "/rest/oauth2/token?grant_type=refresh_token&refresh_token="
                    + tok.get("refresh_token").asText(), null, null).status(), "a refresh token is used once");

            // application sub-account: UUID login, #app.{app}#{user} login, application token
            OwHarness.Answer app = h.call("POST", "/rest/applications", alice,
                    "{\"accountid\":\"myapp\",\"password\":\"app-pass\",\"can_register\":true}");
            assertEquals(200, app.status(), app.body());
            String uuid = app.json().get("app_uuid").asText();
            assertEquals("myapp", app.json().get("accountid").asText());
            assertEquals(200, h.call("GET", "/rest/nodes", OwHarness.basic(uuid, "app-pass"), null).status());
            assertEquals(200, h.call("GET", "/rest/nodes", OwHarness.basic("#app.myapp#alice", "app-pass"), null)
                    .status());
            assertEquals(401, h.call("GET", "/rest/nodes", OwHarness.basic("#app.other#alice", "app-pass"), null)
                    .status());
            OwHarness.Answer appTok = h.call("POST", "/rest/applications/myapp/oauth2/token", alice, null);
            assertEquals(200, appTok.status());
            assertEquals(403, h.call("POST", "/rest/applications", "Bearer "
                    + appTok.json().get("access_token").asText(), "{\"accountid\":\"x\"}").status(),
                    "a sub-account has no administration rights");
            assertEquals(409, h.call("POST", "/rest/applications", alice, "{\"accountid\":\"myapp\"}").status());
            JsonNode read = h.call("GET", "/rest/applications/myapp", alice, null).json();
            assertEquals(uuid, read.get("app_uuid").asText());
            assertTrue(!read.has("password"), "the password cannot be read again");
            OwHarness.Answer generated = h.call("POST", "/rest/applications", alice, "{\"accountid\":\"gen\"}");
            assertTrue(generated.json().get("password").asText().length() >= 16);
            assertEquals(200, h.call("DELETE", "/rest/applications/gen", alice, null).status());
            assertEquals(404, h.call("GET", "/rest/applications/gen", alice, null).status());
        }
    }

    @Test
    void usersApiCreatesListsAndDeletesUsers() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            String bob = h.user("bob", "\"can_access_gtw_info\":true");
            JsonNode list = h.call("GET", "/rest/users", h.admin(), null).json();
            assertEquals("bob", list.get(0).get("userid").asText());
            assertTrue(list.get(0).get("can_access_gtw_info").asBoolean());
            assertEquals(403, h.call("POST", "/rest/users", bob, "{\"userid\":\"x\",\"password\":\"y\"}").status());
            assertEquals(409, h.call("POST", "/rest/users", h.admin(), "{\"userid\":\"bob\",\"password\":\"y\"}")
                    .status());
            assertEquals(200, h.call("PUT", "/rest/user", bob, "{\"tags\":{\"geosolver_url\":\"x\"}}").status());
            assertEquals(400, h.call("PUT", "/rest/user", bob, "{\"tags\":{\"bad name\":\"x\"}}").status());
            assertEquals(200, h.registerAbp(bob, "0102030405060708", "26011001", "00112233445566778899AABBCCDDEEFF",
                    "00112233445566778899AABBCCDDEE00", "").status());
            assertEquals(200, h.call("DELETE", "/rest/users/bob", h.admin(), null).status());
            assertEquals(401, h.call("GET", "/rest/nodes", bob, null).status());
            assertEquals(404, h.call("GET", "/rest/nodes/0102030405060708", h.admin(), null).status());
        }
    }
}
