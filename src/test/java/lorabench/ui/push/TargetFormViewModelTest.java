// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import lorabench.api.orbiwise.push.OwDataFormat;
import lorabench.api.orbiwise.push.OwPushSettings;
import lorabench.api.orbiwise.push.OwTopic;
import lorabench.store.PushTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// The push target form: the same validation and mapping as the OrbiWAN REST start body ([OwPushSettings]).
class TargetFormViewModelTest {
    private static final AccountChoice ALICE = new AccountChoice(1, "alice");

    private static TargetFormViewModel filled() {
        TargetFormViewModel f = new TargetFormViewModel();
        f.accountProperty().set(ALICE);
        f.hostProperty().set("http://127.0.0.1");
        f.portProperty().set("8080");
        f.pathPrefixProperty().set("/app/${DevEUI}");
        return f;
    }

    private static PushTarget valid(TargetFormViewModel f) {
        return assertInstanceOf(TargetFormViewModel.Validation.Valid.class, f.validate()).target();
    }

    @Test
    void aFilledFormMapsToTheTargetTheRestRouteStores() {
        TargetFormViewModel f = filled();
        f.authKindProperty().set(AuthKind.BASIC);
        f.usernameProperty().set("bob");
        f.secretProperty().set("pw");
        f.dataFormatProperty().set(OwDataFormat.HEX);
        f.topics().get(OwTopic.ALARM).set(true);
        f.topics().get(OwTopic.STATUS).set(false);
        f.headersProperty().set("X-Api-Key: k1\n\nX-Site: ${DevEUI}");
        PushTarget t = valid(f);
        assertTrue(f.validProperty().get());
        assertEquals("", f.errorProperty().get());
        assertEquals(URI.create("http://127.0.0.1:8080"), t.url());
        assertEquals(1, t.accountId());
        assertEquals("hex", t.dataFormat());
        assertEquals("basic", t.auth().path("type").asText());
        assertEquals("pw", t.auth().path("password").asText());
        assertEquals(Map.of("X-Api-Key", "k1", "X-Site", "${DevEUI}"), t.headers());
        assertFalse(t.enabled());
        OwPushSettings rest = assertInstanceOf(OwPushSettings.Result.Valid.class,
                OwPushSettings.parse(f.startBody(), false)).settings();
        PushTarget viaRest = rest.applyTo(Optional.empty(), 1);
        assertEquals(viaRest.settings(), t.settings());
        assertEquals(viaRest.auth(), t.auth());
        assertEquals("/app/${DevEUI}", t.settings().path("path_prefix").asText());
        assertTrue(t.settings().path("push_subscription").asText().contains("alarm"));
        assertFalse(t.settings().path("push_subscription").asText().contains("status"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ftp://x      | ''    | host must start with http:// or https://",
            "mqtt://b     | ''    | push to an MQTT broker is not supported by this server",
            "http://h     | abc   | port must be 1..65535",
            "http://h     | 70000 | port must be 1..65535",
            "http://h     | 0     | port must be 1..65535"})
    void invalidHostsAndPortsGiveTheRestRoutesReason(String host, String port, String reason) {
        TargetFormViewModel f = filled();
        f.hostProperty().set(host);
        f.portProperty().set(port);
        assertEquals(reason, f.errorProperty().get());
        assertFalse(f.validProperty().get());
        assertEquals(new OwPushSettings.Result.Invalid(reason), OwPushSettings.parse(f.startBody(), false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "BASIC  | ''  | ''         | Basic authentication needs a username",
            "BEARER | ''  | ''         | Bearer token needs a value",
            "HEADER | ''  | ' '        | Authorization header needs a value",
            "NONE   | ''  | 'X-A k'    | header line 1 must be 'Name: value'",
            "NONE   | ''  | 'Host: h'  | header Host is set by the push itself",
            "NONE   | ''  | 'A b: c'   | 'header line 1: ''A b'' is not a header name'",
            "NONE   | ''  | 'X: 1\nx: 2' | header x is given twice"})
    void authenticationAndHeaderMistakesAreReported(AuthKind kind, String user, String headers, String reason) {
        TargetFormViewModel f = filled();
        f.authKindProperty().set(kind);
        f.usernameProperty().set(user);
        f.headersProperty().set(headers.replace("\\n", "\n"));
        assertEquals(reason, f.errorProperty().get());
    }

    @Test
    void theAccountIsRequired() {
        TargetFormViewModel f = filled();
        f.accountProperty().set(null);
        assertEquals("choose the account or application the target pushes for", f.errorProperty().get());
    }

    @Test
    void loadingAStoredTargetRoundTripsEveryField() {
        TargetFormViewModel f = filled();
        f.authKindProperty().set(AuthKind.BEARER);
        f.secretProperty().set("tok");
        f.retryProperty().set(true);
        f.dataFormatProperty().set(OwDataFormat.DECODED_JSON);
        f.headersProperty().set("X-B: 2\nX-A: 1");
        PushTarget stored = new PushTarget(7, 1, valid(f).url(), valid(f).auth(), valid(f).headers(), "decoded_json",
                valid(f).settings(), true, valid(f).created(), valid(f).updated());
        TargetFormViewModel g = new TargetFormViewModel();
        g.load(stored, ALICE);
        assertEquals("http://127.0.0.1", g.hostProperty().get());
        assertEquals("8080", g.portProperty().get());
        assertEquals(AuthKind.BEARER, g.authKindProperty().get());
        assertEquals("tok", g.secretProperty().get());
        assertTrue(g.retryProperty().get());
        assertEquals("X-A: 1\nX-B: 2", g.headersProperty().get());
        PushTarget again = valid(g);
        assertEquals(7, again.id());
        assertTrue(again.enabled(), "editing keeps the started state");
        assertEquals(stored.settings(), again.settings());
        assertEquals(stored.auth(), again.auth());
        assertEquals(stored.headers(), again.headers());
        g.clear(ALICE);
        assertEquals(Optional.empty(), g.existing());
        assertEquals(0, valid(withHost(g)).id());
    }

    @Test
    void editingATargetKeepsItsClientCertificate() {
        TargetFormViewModel f = filled();
        com.fasterxml.jackson.databind.node.ObjectNode auth = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.objectNode();
        auth.putObject("tls").put("trust", "-----BEGIN CERTIFICATE-----");
        PushTarget stored = new PushTarget(7, 1, valid(f).url(), auth, Map.of(), "base64", valid(f).settings(), true,
                valid(f).created(), valid(f).updated());
        TargetFormViewModel g = new TargetFormViewModel();
        g.load(stored, ALICE);
        g.pathPrefixProperty().set("/other");
        assertEquals(auth.path("tls"), valid(g).auth().path("tls"), "the form has no TLS fields and keeps them");
    }

    private static TargetFormViewModel withHost(TargetFormViewModel f) {
        f.hostProperty().set("https://example.com");
        return f;
    }
}
