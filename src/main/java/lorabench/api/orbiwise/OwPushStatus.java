// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import lorabench.store.PushTarget;

/// The OrbiWAN view of an account's push settings: the `GET /rest/pushmode/status` object (OW-G-04), which
/// `GET /rest/applications?all=true` adds to each application too (OW-L-03). Shared by the push routes and the REST
/// routes, which do not depend on each other.
public final class OwPushStatus {
    /// The `push_subscription` of a target stored without one: every topic subscribed by default (AMB-OW-23).
    public static final String DEFAULT_SUBSCRIPTION =
            "payloads_ul,payloads_dl,multicast,nodeinfo,status,join,joininfo,location";

    private OwPushStatus() {}

    /// {@return the status object of `target`} (AMB-OW-37: the password is never echoed, the Basic username is);
    /// `{"enabled": false}` when the account never started push mode
    public static ObjectNode of(Optional<PushTarget> target) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (target.isEmpty()) {
            return o.put("enabled", false);
        }
        PushTarget t = target.get();
        JsonNode s = t.settings();
        o.put("enabled", t.enabled());
        o.put("host", s.path("host").asText());
        if (s.has("port")) {
            o.put("port", s.path("port").asInt());
        }
        o.put("path_prefix", s.path("path_prefix").asText(""));
        String type = t.auth().path("type").asText("");
        o.put("auth_string", type.equals("header") ? t.auth().path("value").asText() : "");
        if (type.equals("bearer")) {
            o.put("push_auth_access_token", t.auth().path("token").asText());
        }
        if (s.has("push_auth_username")) {
            o.put("push_auth_username", s.path("push_auth_username").asText());
        }
        // The client certificate lives in auth.tls (targets stored before kept it in the settings).
        JsonNode tls = t.auth().path("tls");
        for (String[] f : List.of(new String[] {"push_auth_cert", "cert"}, new String[] {"push_auth_key", "key"},
                new String[] {"push_auth_passphrase", "passphrase"}, new String[] {"push_ca_cert", "trust"})) {
            if (tls.has(f[1])) {
                o.put(f[0], tls.path(f[1]).asText());
            } else if (s.has(f[0])) {
                o.put(f[0], s.path(f[0]).asText());
            }
        }
        o.put("retry_policy", s.path("retry_policy").asInt(0));
        o.put("data_format", t.dataFormat());
        o.put("push_subscription", s.path("push_subscription").asText(DEFAULT_SUBSCRIPTION));
        return o;
    }
}
