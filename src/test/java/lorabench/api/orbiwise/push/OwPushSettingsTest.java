// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.Optional;
import lorabench.store.DownlinkStatus;
import lorabench.store.PushTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OwPushSettingsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static OwPushSettings.Result parse(String body, boolean strict) throws Exception {
        return OwPushSettings.parse(JSON.readTree(body), strict);
    }

    @Test
    void readsTheSeedsStartBodyAndMapsItToATarget() throws Exception {
        var v = assertInstanceOf(OwPushSettings.Result.Valid.class, parse("""
                {"host": "https://app.example", "port": 1234, "path_prefix": "/abc",
                 "push_auth_access_token": "authentication-token", "retry_policy": 0, "data_format": "hex",
                 "push_subscription": "payloads_ul,payloads_dl,nodeinfo,alarm"}""", true));
        assertEquals(EnumSet.of(OwTopic.PAYLOADS_UL, OwTopic.PAYLOADS_DL, OwTopic.NODEINFO, OwTopic.ALARM),
                v.settings().subscription());
        PushTarget t = v.settings().applyTo(Optional.empty(), 7);
        assertEquals("https://app.example:1234", t.url().toString());
        assertEquals("bearer", t.auth().path("type").asText());
        assertEquals("hex", t.dataFormat());
        assertEquals(false, t.enabled(), "a new target starts stopped; start enables it");
        assertEquals(JSON.readTree("""
                {"enabled": false, "host": "https://app.example", "port": 1234, "path_prefix": "/abc",
                 "auth_string": "", "push_auth_access_token": "authentication-token", "retry_policy": 0,
                 "data_format": "hex", "push_subscription": "payloads_ul,payloads_dl,nodeinfo,alarm"}"""),
                OwPushSettings.status(Optional.of(t)));
    }

    @Test
    void theDefaultSubscriptionLeavesOutEarlyAndAlarm() throws Exception {
        var v = assertInstanceOf(OwPushSettings.Result.Valid.class, parse("{\"host\": \"http://h\"}", false));
        assertEquals(EnumSet.complementOf(EnumSet.of(OwTopic.PAYLOADS_UL_EARLY, OwTopic.ALARM)),
                v.settings().subscription());
        assertEquals(OwDataFormat.BASE64, v.settings().dataFormat());
        assertEquals(OwTopic.list(OwTopic.defaults()), lorabench.api.orbiwise.OwPushStatus.DEFAULT_SUBSCRIPTION,
                "a target stored without a subscription shows the default one");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no scheme            | {"host": "h.example"}                                                      | false
            mqtt is out of scope | {"host": "mqtt://broker"}                                                  | false
            two auth schemes     | {"host": "http://h", "auth_string": "x", "push_auth_access_token": "y"}    | false
            token and basic      | {"host": "http://h", "push_auth_username": "u", "push_auth_access_token": "y"} | false
            bad data format      | {"host": "http://h", "data_format": "xml"}                                 | false
            unknown topic        | {"host": "http://h", "push_subscription": "payloads_ul,nope"}               | false
            bad port             | {"host": "http://h", "port": 70000}                                        | false
            retry 2              | {"host": "http://h", "retry_policy": 2}                                     | false
            retry -1             | {"host": "http://h", "retry_policy": -1}                                    | false
            retry text           | {"host": "http://h", "retry_policy": "abc"}                                 | false
            retry zero as text   | {"host": "http://h", "retry_policy": "0"}                                   | false
            retry boolean        | {"host": "http://h", "retry_policy": true}                                  | false
            retry fraction       | {"host": "http://h", "retry_policy": 0.5}                                   | false
            retry array          | {"host": "http://h", "retry_policy": [0]}                                   | false
            retry object         | {"host": "http://h", "retry_policy": {}}                                    | false
            retry huge           | {"host": "http://h", "retry_policy": 1e400}                                 | false
            retry beyond long    | {"host": "http://h", "retry_policy": 18446744073709551616}                  | false
            port fraction        | {"host": "http://h", "port": 443.5}                                         | false
            port as text         | {"host": "http://h", "port": "443"}                                         | false
            host not a string    | {"host": ["http://h"]}                                                      | false
            prefix not a string  | {"host": "http://h", "path_prefix": 5}                                      | false
            token not a string   | {"host": "http://h", "push_auth_access_token": 12345}                       | false
            auth not a string    | {"host": "http://h", "auth_string": {"a": 1}}                               | false
            format not a string  | {"host": "http://h", "data_format": 1}                                      | false
            topics as an array   | {"host": "http://h", "push_subscription": ["payloads_ul"]}                  | false
            retry 1 strict       | {"host": "http://h", "retry_policy": 1}                                     | true
            unknown field strict | {"host": "http://h", "extra": 1}                                           | true
            not an object        | [1, 2]                                                                     | false
            """)
    void refusesInvalidBodies(String name, String body, boolean strict) throws Exception {
        assertInstanceOf(OwPushSettings.Result.Invalid.class, parse(body, strict), name);
    }

    @Test
    void retryPolicyOneIsAnExtensionOutsideStrictMode() throws Exception {
        var v = assertInstanceOf(OwPushSettings.Result.Valid.class,
                parse("{\"host\": \"http://h\", \"retry_policy\": 1, \"extra\": 1}", false));
        assertEquals(1, v.settings().retryPolicy());
    }

    @Test
    void nullOrWholeNumbersAreTheDocumentedTypes() throws Exception {
        var v = assertInstanceOf(OwPushSettings.Result.Valid.class, parse("{\"host\": \"http://h\", \"port\": 8080.0,"
                + " \"retry_policy\": null, \"path_prefix\": null, \"push_subscription\": null}", true));
        assertEquals(0, v.settings().retryPolicy(), "null is the default, no retry");
        assertEquals(java.util.OptionalInt.of(8080), v.settings().port());
        assertEquals(OwTopic.defaults(), v.settings().subscription());
        assertEquals(0, assertInstanceOf(OwPushSettings.Result.Valid.class,
                parse("{\"host\": \"http://h\", \"retry_policy\": 0}", true)).settings().retryPolicy());
    }

    @Test
    void aWrongTypeNamesTheMember() throws Exception {
        assertEquals(new OwPushSettings.Result.Invalid("retry_policy must be 0"),
                parse("{\"host\": \"http://h\", \"retry_policy\": \"abc\"}", false));
        assertEquals(new OwPushSettings.Result.Invalid("push_subscription must be a string"),
                parse("{\"host\": \"http://h\", \"push_subscription\": [\"payloads_ul\"]}", false));
    }

    @ParameterizedTest
    @CsvSource({"PENDING,0", "SENT,1", "ACKNOWLEDGED,2", "NOT_ACKNOWLEDGED,3", "ERROR,4", "CANCELLED,5"})
    void transmissionStatusFollowsTheSeedsTable(DownlinkStatus status, int code) {
        assertEquals(code, OwBodies.transmissionStatus(status));
    }
}
