// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import lorabench.api.orbiwise.OwPushStatus;
import lorabench.server.push.PushTls;
import lorabench.store.PushTarget;

/// The body of `PUT /rest/pushmode/start` (seed §Push Mode Start, OW-G-01) and its mapping to a [PushTarget]:
/// `url` is `host` with `port`, `auth` the one authentication scheme given (`auth_string` verbatim,
/// `push_auth_access_token` as Bearer, `push_auth_username`/`push_auth_password` as Basic), `dataFormat` the
/// `data_format`, and `settings` everything else (`path_prefix`, `push_subscription`, `retry_policy` and the Basic
/// username, so that status can echo them without the password).
///
/// `retry_policy` 0 is the documented "no retry"; 1 is LoRaBench's extension (retries with back-off, AMB-OW-25),
/// refused under `strict`. The client certificate (`push_auth_cert` + `push_auth_key`, `push_auth_passphrase` for
/// an encrypted PKCS#8 key) goes to the target's `auth.tls` ([PushTls]) and is presented when the application's
/// HTTPS server asks for one; it is checked at start (400 when unreadable, the key not decrypted or not the
/// certificate's). `push_ca_cert` (PEM CA or self-signed server certificates to trust instead of the JDK's trust
/// store) is LoRaBench's extension, as the seed names no trust option; like any unknown field it is refused under
/// `strict`.
public record OwPushSettings(String host, OptionalInt port, String pathPrefix, Optional<String> authString,
        Optional<String> accessToken, Optional<String> username, Optional<String> password, Optional<String> cert,
        Optional<String> key, Optional<String> passphrase, Optional<String> caCert, int retryPolicy,
        OwDataFormat dataFormat, Set<OwTopic> subscription) {

    private static final Set<String> FIELDS = Set.of("host", "port", "path_prefix", "auth_string",
            "push_auth_access_token", "push_auth_username", "push_auth_password", "push_auth_cert", "push_auth_key",
            "push_auth_passphrase", "retry_policy", "data_format", "push_subscription");

    public OwPushSettings {
        subscription = Set.copyOf(subscription);
    }

    /// Reads a start body. {@return the settings, or the reason the body is a 400}
    ///
    /// Members have the seed's JSON types: `port` and `retry_policy` whole numbers, the others strings (`null`
    /// counts as absent). A value of another type is refused, not read as its text or as 0, so that a start that
    /// would store something the client did not mean is a 400 and leaves the stored settings alone.
    public static Result parse(JsonNode body, boolean strict) {
        try {
            return read(body, strict);
        } catch (Refused r) {
            return new Result.Invalid(r.getMessage());
        }
    }

    private static Result read(JsonNode body, boolean strict) {
        if (body == null || !body.isObject()) {
            return new Result.Invalid("the body must be a JSON object");
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                unknown.add(f);
            }
        }
        if (strict && !unknown.isEmpty()) {
            return new Result.Invalid("unknown parameters: " + String.join(", ", unknown));
        }
        String host = text(body, "host").orElse("");
        if (host.startsWith("mqtt://") || host.startsWith("mqtts://")) {
            return new Result.Invalid("push to an MQTT broker is not supported by this server");
        }
        if (!host.startsWith("http://") && !host.startsWith("https://")) {
            return new Result.Invalid("host must start with http:// or https://");
        }
        OptionalLong portValue = whole(body, "port", "port must be 1..65535");
        if (portValue.isPresent() && (portValue.getAsLong() < 1 || portValue.getAsLong() > 65535)) {
            return new Result.Invalid("port must be 1..65535");
        }
        OptionalInt port = portValue.isPresent() ? OptionalInt.of((int) portValue.getAsLong()) : OptionalInt.empty();
        Optional<String> authString = text(body, "auth_string");
        Optional<String> token = text(body, "push_auth_access_token");
        Optional<String> user = text(body, "push_auth_username");
        Optional<String> pass = text(body, "push_auth_password");
        int schemes = (authString.isPresent() ? 1 : 0) + (token.isPresent() ? 1 : 0)
                + (user.isPresent() || pass.isPresent() ? 1 : 0);
        if (schemes > 1) {
            return new Result.Invalid("auth_string, push_auth_access_token and push_auth_username/password are"
                    + " mutually exclusive");
        }
        // "for future use, must be set to zero" (seed §Push Mode Start); 1 is the AMB-OW-25 extension
        long retry = whole(body, "retry_policy", "retry_policy must be 0").orElse(0);
        if (retry != 0 && (retry != 1 || strict)) {
            return new Result.Invalid("retry_policy must be 0");
        }
        Optional<OwDataFormat> format = OwDataFormat.of(text(body, "data_format").orElse("base64"));
        if (format.isEmpty()) {
            return new Result.Invalid("data_format must be hex, base64 or decoded_json");
        }
        Set<OwTopic> topics = OwTopic.defaults();
        Optional<String> subscription = text(body, "push_subscription");
        if (subscription.isPresent()) {
            topics = EnumSet.noneOf(OwTopic.class);
            for (String name : subscription.get().split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                Optional<OwTopic> t = OwTopic.of(name.strip());
                if (t.isEmpty()) {
                    return new Result.Invalid("unknown push_subscription type: " + name.strip());
                }
                topics.add(t.get());
            }
        }
        String prefix = text(body, "path_prefix").orElse("");
        if (prefix.contains("://")) {
            return new Result.Invalid("path_prefix must be a path");
        }
        try {
            URI.create(host);
        } catch (IllegalArgumentException e) {
            return new Result.Invalid("host is not a valid URL");
        }
        OwPushSettings settings = new OwPushSettings(host, port, prefix, authString, token, user, pass,
                text(body, "push_auth_cert"), text(body, "push_auth_key"), text(body, "push_auth_passphrase"),
                text(body, "push_ca_cert"), (int) retry, format.get(), topics);
        ObjectNode tls = settings.tls();
        if (settings.cert.isPresent() != settings.key.isPresent()) {
            return new Result.Invalid("push_auth_cert and push_auth_key go together");
        }
        Optional<String> problem = tls.isEmpty() ? Optional.empty() : PushTls.problem(tls);
        return problem.<Result>map(p -> new Result.Invalid("push_auth_cert/push_auth_key/push_ca_cert: " + p))
                .orElseGet(() -> new Result.Valid(settings));
    }

    /// {@return the `auth.tls` object of these settings} ([PushTls]), empty without certificates
    private ObjectNode tls() {
        ObjectNode tls = JsonNodeFactory.instance.objectNode();
        cert.filter(c -> !c.isBlank()).ifPresent(v -> tls.put("cert", v));
        key.filter(c -> !c.isBlank()).ifPresent(v -> tls.put("key", v));
        passphrase.filter(c -> !c.isEmpty()).ifPresent(v -> tls.put("passphrase", v));
        caCert.filter(c -> !c.isBlank()).ifPresent(v -> tls.put("trust", v));
        return tls;
    }

    /// The outcome of [#parse].
    public sealed interface Result {
        record Valid(OwPushSettings settings) implements Result {}

        record Invalid(String reason) implements Result {}
    }

    /// {@return `target` (or a new one for `accountId`) carrying these settings}, enabled state unchanged
    public PushTarget applyTo(Optional<PushTarget> existing, long accountId) {
        URI base = URI.create(host + (port.isPresent() ? ":" + port.getAsInt() : ""));
        PushTarget t = existing.orElseGet(() -> PushTarget.newTarget(accountId, base, dataFormat.wireName())
                .withEnabled(false));
        ObjectNode auth = JsonNodeFactory.instance.objectNode();
        authString.ifPresent(v -> auth.put("type", "header").put("value", v));
        accessToken.ifPresent(v -> auth.put("type", "bearer").put("token", v));
        if (username.isPresent() || password.isPresent()) {
            auth.put("type", "basic").put("username", username.orElse("")).put("password", password.orElse(""));
        }
        ObjectNode tls = tls();
        if (!tls.isEmpty()) {
            auth.set("tls", tls);
        }
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("host", host);
        port.ifPresent(p -> s.put("port", p));
        s.put("path_prefix", pathPrefix);
        s.put("retry_policy", retryPolicy);
        s.put("push_subscription", OwTopic.list(subscription));
        username.ifPresent(v -> s.put("push_auth_username", v));
        return new PushTarget(t.id(), accountId, base, auth, Map.of(), dataFormat.wireName(), s, t.enabled(),
                t.created(), t.updated());
    }

    /// {@return the `GET /rest/pushmode/status` object of `target`} ([OwPushStatus])
    public static ObjectNode status(Optional<PushTarget> target) {
        return OwPushStatus.of(target);
    }

    /// Secrets (password, token, `auth_string`, key, passphrase) are left out.
    @Override
    public String toString() {
        return "OwPushSettings[host=" + host + ", port=" + port + ", pathPrefix=" + pathPrefix + ", username="
                + username.orElse("") + ", clientCertificate=" + cert.isPresent() + ", caCert=" + caCert.isPresent()
                + ", retryPolicy=" + retryPolicy + ", dataFormat=" + dataFormat + ", subscription=" + subscription
                + ", secrets=redacted]";
    }

    /// {@return the subscribed topics of a stored target}
    static Set<OwTopic> subscription(PushTarget t) {
        Set<OwTopic> topics = EnumSet.noneOf(OwTopic.class);
        for (String n : t.settings().path("push_subscription").asText(OwPushStatus.DEFAULT_SUBSCRIPTION).split(",")) {
            OwTopic.of(n.strip()).ifPresent(topics::add);
        }
        return topics;
    }

    /// {@return the string member `field`}, empty when absent or `null`
    /// @throws Refused when it is present with another type
    private static Optional<String> text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            throw new Refused(field + " must be a string");
        }
        return Optional.of(n.textValue());
    }

    /// {@return the whole-number member `field`} (`1.0` counts, `1.5`, `"1"` and `true` do not), empty when absent
    /// or `null`
    /// @throws Refused with `reason` when it is present with another type or beyond a long
    private static OptionalLong whole(JsonNode body, String field, String reason) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return OptionalLong.empty();
        }
        if (!n.isNumber()) {
            throw new Refused(reason);
        }
        try {
            return OptionalLong.of(n.decimalValue().longValueExact());
        } catch (ArithmeticException | NumberFormatException e) { // a fraction, beyond a long, or 1e400 (infinite)
            throw new Refused(reason);
        }
    }

    /// A member of the wrong type: [#parse] turns it into [Result.Invalid].
    private static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }
}
