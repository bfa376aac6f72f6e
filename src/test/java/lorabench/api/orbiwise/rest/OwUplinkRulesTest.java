// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.server.event.ServerEvent;
import lorabench.server.push.CallbackReceiver;
import lorabench.store.LogEvent;
import lorabench.store.Page;
import lorabench.store.SessionLogEntry;
import lorabench.store.SessionLogQuery;
import lorabench.store.SessionLogRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// OrbiWAN's uplink rules on a running server, with uplinks from a gateway on UDP and a real push receiver: an
/// uplink without ADR under `allow_non_adr: false` becomes only the `alarm` callback (OW-F-09), and a device with
/// `activated: false` has its uplinks dropped and logged (AMB-OW-60). "Neither stored nor forwarded" is checked on
/// the pull API and on what the receiver got.
class OwUplinkRulesTest {
    static final String NWK = "2B7E151628AED2A6ABF7158809CF4F3C";
    static final String APP = "000102030405060708090A0B0C0D0E0F";
    static final long GATEWAY = 0xAA555A0000000101L;

    @TempDir
    Path dir;

    /// Creates an ABP device profile and a service profile whose `allow_non_adr` is `allowNonAdr`.
    static String[] profiles(OwHarness h, String auth, boolean allowNonAdr) throws Exception {
        ObjectNode dp = (ObjectNode) OwHarness.JSON.readTree(Files.readString(
                Path.of("sample-profiles/device-profiles/EU868-classA-1.0.4.json")));
        ((ObjectNode) dp.get("content")).put("activation", "ABP");
        OwHarness.Answer d = h.call("POST", "/rest/device-profiles", auth, dp.toString());
        assertEquals(200, d.status(), d.body());
        ObjectNode sp = (ObjectNode) OwHarness.JSON.readTree(Files.readString(
                Path.of("sample-profiles/service-profiles/default.json")));
        ((ObjectNode) sp.get("content")).put("allow_non_adr", allowNonAdr);
        OwHarness.Answer s = h.call("POST", "/rest/service-profile", auth, sp.toString());
        assertEquals(200, s.status(), s.body());
        return new String[] {d.json().get("profile_uuid").asText(), s.json().get("profile_uuid").asText()};
    }

    static void startPush(OwHarness h, String auth, CallbackReceiver receiver, String subscription)
            throws Exception {
        OwHarness.Answer a = h.call("PUT", "/rest/pushmode/start", auth, "{\"host\": \"http://127.0.0.1\", \"port\": "
                + receiver.port() + ", \"data_format\": \"hex\", \"push_subscription\": \"" + subscription + "\"}");
        assertEquals(200, a.status(), a.body());
    }

    /// {@return the session-log row of `dev` whose reason starts with `prefix`}, waiting up to the deadline
    static SessionLogEntry logged(OwHarness h, OwHarness.Abp dev, String prefix) {
        SessionLogRepository log = new SessionLogRepository(h.server.database());
        Instant end = Instant.now().plus(OwHarness.DEADLINE);
        do {
            List<SessionLogEntry> rows = log.list(SessionLogQuery.all().device(dev.devEui()), Page.first(100));
            Optional<SessionLogEntry> hit = rows.stream()
                    .filter(e -> e.reason().filter(r -> r.startsWith(prefix)).isPresent()).findFirst();
            if (hit.isPresent()) {
                return hit.get();
            }
        } while (Instant.now().isBefore(end));
        throw new AssertionError("no session-log row '" + prefix + "…' for " + dev.devEui());
    }

    @Test
    void anUplinkWithoutAdrUnderAllowNonAdrFalseIsOnlyAnAlarm() throws Exception {
        OwHarness.Abp dev = OwHarness.Abp.of("0102030405060708", "26011BDA", NWK, APP);
        try (OwHarness h = new OwHarness(dir); CallbackReceiver app = CallbackReceiver.start()) {
            String alice = h.user("alice", "\"can_create_service_profiles\":true");
            String[] p = profiles(h, alice, false);
            OwHarness.Answer reg = h.call("POST", "/rest/nodes", alice, "{\"DevEUI\":\"" + dev.devEui()
                    + "\",\"devaddr\":\"" + dev.addr() + "\",\"nwkskey\":\"" + NWK + "\",\"appskey\":\"" + APP
                    + "\",\"device_profile_uuid\":\"" + p[0] + "\",\"service_profile_uuid\":\"" + p[1] + "\"}");
            assertEquals(200, reg.status(), reg.body());
            startPush(h, alice, app, "payloads_ul,alarm");
            app.answer(202); // "received but will not process": the payload stays listed for pull (AMB-OW-59)
            h.connectGateway(GATEWAY);

            h.uplink(dev, 1, 10, Bytes.fromHex("C0FFEE"), false, false, Bytes.EMPTY, 1_000_000);
            CallbackReceiver.Call alarm = app.next();
            assertEquals("POST", alarm.method());
            assertEquals("/rest/callback/alarm", alarm.uri());
            JsonNode body = OwHarness.JSON.readTree(alarm.body());
            assertEquals(List.of("timestamp", "severity", "category", "alarm_code", "DevEUI", "gtw_id", "userid",
                    "alarm_text"), fieldNames(body), "the seed's fields in the seed's order");
            assertEquals("warning", body.path("severity").asText());
            assertEquals("devices", body.path("category").asText());
            assertEquals("UPLINK_WITHOUT_ADR", body.path("alarm_code").asText());
            assertEquals("0102030405060708", body.path("DevEUI").asText());
            assertEquals("AA555A0000000101", body.path("gtw_id").asText());
            assertEquals("alice", body.path("userid").asText());
            assertTrue(body.path("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                    body.toString());
            assertEquals(204, h.call("GET", "/rest/nodes/" + dev.devEui() + "/payloads/ul", alice, null).status(),
                    "the refused uplink is not stored");
            assertTrue(logged(h, dev, "refused: UPLINK_WITHOUT_ADR").event() == LogEvent.REJECTED);

            // The same device with the ADR bit set goes through; the first callback after the alarm is its uplink,
            // so the refused one was never forwarded.
            h.uplink(dev, 2, 10, Bytes.fromHex("BEEF"), true, false, Bytes.EMPTY, 2_000_000);
            CallbackReceiver.Call ul = app.next();
            assertEquals("/rest/callback/payloads/ul", ul.uri());
            assertEquals(2, OwHarness.JSON.readTree(ul.body()).path("fcnt").asLong());
            JsonNode stored = h.call("GET", "/rest/nodes/" + dev.devEui() + "/payloads/ul", alice, null).json();
            assertEquals(1, stored.size(), stored.toString());
            assertEquals(2, stored.get(0).path("fcnt").asLong());
            assertEquals(List.of(), app.drain());
        }
    }

    @Test
    void anAllowedNonAdrUplinkAndAnUnsubscribedAlarm() throws Exception {
        OwHarness.Abp ok = OwHarness.Abp.of("0102030405060709", "26011BDB", NWK, APP);
        OwHarness.Abp strict = OwHarness.Abp.of("010203040506070A", "26011BDC", NWK, APP);
        try (OwHarness h = new OwHarness(dir); CallbackReceiver app = CallbackReceiver.start()) {
            String alice = h.user("alice", "\"can_create_service_profiles\":true");
            String[] open = profiles(h, alice, true);
            String[] closed = profiles(h, alice, false);
            for (var d : List.of(new Object[] {ok, open}, new Object[] {strict, closed})) {
                OwHarness.Abp dev = (OwHarness.Abp) d[0];
                String[] p = (String[]) d[1];
                assertEquals(200, h.call("POST", "/rest/nodes", alice, "{\"DevEUI\":\"" + dev.devEui()
                        + "\",\"devaddr\":\"" + dev.addr() + "\",\"nwkskey\":\"" + NWK + "\",\"appskey\":\"" + APP
                        + "\",\"device_profile_uuid\":\"" + p[0] + "\",\"service_profile_uuid\":\"" + p[1] + "\"}")
                        .status());
            }
            startPush(h, alice, app, "payloads_ul"); // alarm is not subscribed by default (AMB-OW-23)
            h.connectGateway(GATEWAY);
            h.uplink(strict, 1, 10, Bytes.fromHex("01"), false, false, Bytes.EMPTY, 1_000_000);
            h.await(ServerEvent.UplinkRefused.class, r -> r.devEui().equals(strict.devEui()));
            h.uplink(ok, 1, 10, Bytes.fromHex("02"), false, false, Bytes.EMPTY, 2_000_000);
            CallbackReceiver.Call ul = app.next();
            assertEquals("/rest/callback/payloads/ul", ul.uri(), "no alarm without the subscription");
            assertEquals(ok.devEui().toString(), OwHarness.JSON.readTree(ul.body()).path("DevEUI").asText());
            assertEquals(204, h.call("GET", "/rest/nodes/" + strict.devEui() + "/payloads/ul", alice, null).status());
        }
    }

    @Test
    void aDeactivatedDeviceHasItsUplinksDroppedAndLogged() throws Exception {
        OwHarness.Abp updated = OwHarness.Abp.of("00000000000000B1", "260100B1", NWK, APP);
        OwHarness.Abp registered = OwHarness.Abp.of("00000000000000B2", "260100B2", NWK, APP);
        try (OwHarness h = new OwHarness(dir); CallbackReceiver app = CallbackReceiver.start()) {
            String alice = h.user("alice", "");
            assertEquals(200, h.registerAbp(alice, updated.devEui().toString(), updated.addr().toString(), NWK, APP,
                    "").status());
            assertEquals(200, h.call("PUT", "/rest/nodes/" + updated.devEui(), alice, "{\"activated\":false}")
                    .status());
            assertEquals(200, h.registerAbp(alice, registered.devEui().toString(), registered.addr().toString(), NWK,
                    APP, "\"activated\":false").status());
            startPush(h, alice, app, "payloads_ul,alarm");
            app.answer(202); // "received but will not process": the payload stays listed for pull (AMB-OW-59)
            h.connectGateway(GATEWAY);

            for (OwHarness.Abp dev : List.of(updated, registered)) {
                h.uplink(dev, 1, 10, Bytes.fromHex("0A"), true, false, Bytes.EMPTY, 1_000_000);
                ServerEvent.UplinkRefused r = h.await(ServerEvent.UplinkRefused.class,
                        e -> e.devEui().equals(dev.devEui()));
                assertEquals("DEVICE_NOT_ACTIVATED", r.code());
                SessionLogEntry row = logged(h, dev, "refused: DEVICE_NOT_ACTIVATED");
                assertEquals(LogEvent.REJECTED, row.event());
                assertEquals(204, h.call("GET", "/rest/nodes/" + dev.devEui() + "/payloads/ul", alice, null)
                        .status(), "not stored");
            }

            // Activated again, the device's next uplink is stored and pushed, and it is the first callback.
            assertEquals(200, h.call("PUT", "/rest/nodes/" + updated.devEui(), alice, "{\"activated\":true}")
                    .status());
            h.uplink(updated, 2, 10, Bytes.fromHex("0B"), true, false, Bytes.EMPTY, 2_000_000);
            CallbackReceiver.Call ul = app.next();
            assertEquals("/rest/callback/payloads/ul", ul.uri());
            JsonNode body = OwHarness.JSON.readTree(ul.body());
            assertEquals(updated.devEui().toString(), body.path("DevEUI").asText());
            assertEquals(2, body.path("fcnt").asLong());
            assertEquals(1, h.call("GET", "/rest/nodes/" + updated.devEui() + "/payloads/ul", alice, null).json()
                    .size());
            assertEquals(List.of(), app.drain(), "nothing was pushed for the refused uplinks");
        }
    }

    static List<String> fieldNames(JsonNode o) {
        List<String> out = new java.util.ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
