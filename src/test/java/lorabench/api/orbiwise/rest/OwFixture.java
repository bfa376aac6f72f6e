// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/// Two accounts on a running server for the status-code sweeps: `alice` owns one of every resource (device, group
/// with a multicast session, application sub-account, device and service profile, gateway, a queued downlink,
/// a user `carol`); `bob` owns nothing of hers. [#expect] records every mismatch so one run shows them all.
final class OwFixture {
    static final String DEV = "0102030405060708";
    static final String NWK = "2B7E151628AED2A6ABF7158809CF4F3C";
    static final String APP = "000102030405060708090A0B0C0D0E0F";
    static final String GW = "00000000000000E1";

    final OwHarness h;
    final String alice;
    final String bob;
    final String dp;
    final String sp;
    final long dl;
    final List<String> failures = new ArrayList<>();

    OwFixture(OwHarness h) throws Exception {
        this.h = h;
        alice = h.user("alice", "\"can_create_service_profiles\":true,\"user_admin\":true");
        bob = h.user("bob", "\"user_admin\":true");
        ok(h.call("POST", "/rest/users", alice, "{\"userid\":\"carol\",\"password\":\"pw-carol\"}"));
        String[] p = OwNodesTest.profiles(h, alice, true);
        dp = p[0];
        sp = p[1];
        ok(h.call("POST", "/rest/groups", alice, "{\"groupid\":\"g1\",\"title\":\"G\",\"devaddr\":\"01020304\","
                + "\"nwkskey\":\"" + APP + "\",\"appskey\":\"" + NWK + "\"}"));
        ok(h.call("POST", "/rest/applications", alice, "{\"accountid\":\"myapp\",\"password\":\"app-pass\"}"));
        ok(h.registerAbp(alice, DEV, "26011BDA", NWK, APP, "\"groups\":\"g1\",\"applications\":\"myapp\""));
        ok(h.call("POST", "/rest/gateways/" + GW, alice, "{}"));
        dl = ok(h.call("POST", "/rest/nodes/" + DEV + "/payloads/dl?port=1", alice, "AQI=")).json().get("id")
                .asLong();
    }

    private static OwHarness.Answer ok(OwHarness.Answer a) {
        assertEquals(200, a.status(), a.body());
        return a;
    }

    /// Calls twice (plain, then asking for RFC 7807) and records a failure unless both answers have `status`, no
    /// answer is a 5xx, and an error is `text/plain` or `application/problem+json` with the same status inside.
    void expect(int status, String method, String path, String auth, String body) throws Exception {
        String what = method + " " + path + (body == null ? "" : " " + body);
        OwHarness.Answer plain = h.call(method, path, auth, body);
        check(what, status, plain, false);
        if (status >= 400) {
            OwHarness.Answer problem = h.call(method, path, auth, body, "Accept", OwErrors.PROBLEM_JSON);
            check(what + " [problem+json]", status, problem, true);
        }
    }

    private void check(String what, int status, OwHarness.Answer a, boolean problem) {
        if (a.status() >= 500) {
            failures.add(what + " -> SERVER ERROR " + a.status() + ": " + a.body());
        } else if (a.status() != status) {
            failures.add(what + " -> " + a.status() + " (expected " + status + "): " + a.body());
        } else if (status >= 400 && !problem && !a.contentType().startsWith("text/plain")) {
            failures.add(what + " -> " + status + " as '" + a.contentType() + "', not text/plain: " + a.body());
        } else if (status >= 400 && problem && !(a.contentType().startsWith(OwErrors.PROBLEM_JSON)
                && a.json().path("status").asInt() == status && a.json().path("type").asText().equals("about:blank")
                && !a.json().path("title").asText().isEmpty())) {
            failures.add(what + " -> " + status + " not RFC 7807 ('" + a.contentType() + "'): " + a.body());
        }
    }

    /// Fails with every recorded mismatch.
    void assertNoFailures() {
        assertEquals(List.of(), failures, failures.size() + " mismatches:\n" + String.join("\n", failures));
    }
}
