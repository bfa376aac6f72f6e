// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import lorabench.api.http.HttpServer;
import lorabench.api.http.HttpServerConfig;
import lorabench.clock.RealTimeScheduler;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.server.account.Authenticator;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvents;
import lorabench.server.push.CallbackReceiver;
import lorabench.server.push.PushDelivery;
import lorabench.server.push.PushEngineConfig;
import lorabench.server.push.PushFixture;
import lorabench.store.Account;
import lorabench.store.AccountRepository;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.DeviceRepository;
import lorabench.store.Downlink;
import lorabench.store.DownlinkRepository;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;
import lorabench.store.Profile;
import lorabench.store.ProfileKind;
import lorabench.store.ProfileRepository;
import lorabench.store.PushStatus;
import lorabench.store.Uplink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The OrbiWAN push mode over real HTTP: `/rest/pushmode/*` on the shared [HttpServer], callbacks to a receiver.
class OwPushApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Eui64 DEV = Eui64.parse("1234567812345678");
    static final Instant AT = Instant.parse("2015-02-11T10:33:00.578Z");
    static final String DECODER = "decoder = function (uplink, meta) { return { json: { temperature: uplink.data[0] } }; }";

    Database db;
    ServerEvents events;
    RealTimeScheduler clock;
    PushFixture fx;
    CallbackReceiver receiver;
    OrbiwisePushModule module;
    HttpServer http;
    final HttpClient client = HttpClient.newHttpClient();
    final BlockingQueue<PushDelivery> delivered = new LinkedBlockingQueue<>();

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(DatabaseConfig.h2Memory("ow-push-" + System.nanoTime()));
        events = new ServerEvents();
        clock = new RealTimeScheduler("t");
        fx = new PushFixture(db, "alice", "pw", DEV, DevAddr.parse("26011BDA"));
        AccountRepository accounts = new AccountRepository(db);
        accounts.update(fx.account.withRights(Map.of("can_access_gtw_info", true))
                .withTags(Map.of("site", "geneva", "push_header_X-Account", "acc-1")));
        new ProfileRepository(db).save(Profile.of("dp-1", ProfileKind.DEVICE, "p", "device-profile/v1",
                JSON.readTree("{\"content\":{}}")).withDocument(JsonNodeFactory.instance.objectNode()
                .<com.fasterxml.jackson.databind.node.ObjectNode>set("content", JsonNodeFactory.instance.objectNode())
                .put("decoder", DECODER)));
        new DeviceRepository(db).upsert(fx.device.withProfiles(Optional.of("dp-1"), Optional.empty())
                .withTags(Map.of("asset-id", "4dbba5dd", "push_header_X-Device", "${DevEUI}")));
        receiver = CallbackReceiver.start();
        startServer(PushEngineConfig.DEFAULT);
    }

    void startServer(PushEngineConfig config) {
        module = OrbiwisePushModule.create(db, events, clock, config);
        module.engine().log().subscribe(delivered::add);
        http = HttpServer.start(new HttpServerConfig("127.0.0.1", 0), new Authenticator(db), Map::of,
                List.of(module));
    }

    void stopServer() {
        http.close();
        module.close();
    }

    @AfterEach
    void tearDown() {
        stopServer();
        receiver.close();
        events.close();
        clock.close();
        db.close();
    }

    HttpResponse<String> call(String method, String path, String body, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":pw").getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    String startBody(String extra) {
        return "{\"host\": \"http://127.0.0.1\", \"port\": " + receiver.port() + ", \"path_prefix\": \"/cb/${usertags.site}\","
                + " \"push_auth_username\": \"app\", \"push_auth_password\": \"secret\", \"retry_policy\": 0" + extra + "}";
    }

    PushDelivery nextDelivery() throws InterruptedException {
        PushDelivery d = delivered.poll(CallbackReceiver.DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        if (d == null) {
            throw new AssertionError("no delivery within the deadline");
        }
        return d;
    }

    String sessionId() {
        return OwBodies.sessionId(DEV, DevAddr.parse("26011BDA"));
    }

    @Test
    void startThenAnUplinkIsPushedWithTheSeedsBodyUrlAuthAndCustomHeaders() throws Exception {
        HttpResponse<String> r = call("PUT", "/rest/pushmode/start", startBody(", \"data_format\": \"hex\","
                + " \"push_subscription\": \"payloads_ul,payloads_dl,nodeinfo,joininfo\""), "alice");
        assertEquals(200, r.statusCode(), r.body());
        Uplink u = fx.store(138, 1, Bytes.fromHex("CAFE"), AT);
        events.publish(PushFixture.event(u));
        CallbackReceiver.Call c = receiver.next();
        assertEquals("POST", c.method());
        assertEquals("/cb/geneva/rest/callback/payloads/ul", c.uri());
        assertEquals("Basic " + Base64.getEncoder().encodeToString("app:secret".getBytes(StandardCharsets.UTF_8)),
                c.headers().get("authorization"));
        assertEquals("1234567812345678", c.headers().get("x-device"));
        assertEquals("acc-1", c.headers().get("x-account"));
        assertEquals("application/json", c.headers().get("content-type"));
        assertEquals("{\"early\":false,\"DevEUI\":\"1234567812345678\",\"dataFrame\":\"CAFE\",\"port\":1,"
                + "\"timestamp\":\"2015-02-11T10:33:00.578Z\",\"fcnt\":138,\"rssi\":-111,\"snr\":-6,\"sf_used\":7,"
                + "\"dr_used\":\"SF7BW125\",\"id\":" + u.id() + ",\"live\":true,\"session_id\":\"" + sessionId()
                + "\",\"decrypted\":true,\"gtw_info\":[{\"gtw_id\":\"0000000012340000\",\"rssi\":-111,\"snr\":-6}],"
                + "\"confirmed\":false,\"devaddr\":637606874,\"freq\":868100000,\"decoded\":{\"temperature\":202}}",
                c.body());
        nextDelivery();
        assertEquals(PushStatus.DELIVERED, fx.status(u), "a 200 removes the payload from temporary storage");

        JsonNode status = JSON.readTree(call("GET", "/rest/pushmode/status", null, "alice").body());
        assertEquals(JSON.readTree("{\"enabled\":true,\"host\":\"http://127.0.0.1\",\"port\":" + receiver.port()
                + ",\"path_prefix\":\"/cb/${usertags.site}\",\"auth_string\":\"\",\"push_auth_username\":\"app\","
                + "\"retry_policy\":0,\"data_format\":\"hex\","
                + "\"push_subscription\":\"payloads_ul,payloads_dl,nodeinfo,joininfo\"}"), status);
        assertFalse(status.toString().contains("secret"), "the password is never echoed");

        JsonNode conns = JSON.readTree(call("GET", "/rest/pushmode/connections", null, "alice").body());
        assertEquals("url", conns.get(0).path("type").asText());
        assertEquals("payloads_ul,payloads_dl,nodeinfo,joininfo", conns.get(0).path("subscription").asText());
    }

    @Test
    void updateOnlyChangesTheDataFormatWithoutStartingOrStopping() throws Exception {
        assertEquals(200, call("PUT", "/rest/pushmode/start?update_only=true", startBody(""), "alice").statusCode());
        assertFalse(JSON.readTree(call("GET", "/rest/pushmode/status", null, "alice").body()).path("enabled")
                .asBoolean(), "update_only does not start push");
        assertEquals(200, call("PUT", "/rest/pushmode/start", startBody(""), "alice").statusCode());
        Uplink u = fx.store(1, 1, Bytes.fromHex("CAFE"), AT);
        events.publish(PushFixture.event(u));
        assertEquals("yv4=", JSON.readTree(receiver.next().body()).path("dataFrame").asText(), "base64 by default");

        assertEquals(200, call("PUT", "/rest/pushmode/start?update_only=true",
                startBody(", \"data_format\": \"decoded_json\""), "alice").statusCode());
        assertTrue(JSON.readTree(call("GET", "/rest/pushmode/status", null, "alice").body()).path("enabled")
                .asBoolean(), "update_only does not stop push");
        Uplink v = fx.store(2, 1, Bytes.fromHex("1901"), AT);
        events.publish(PushFixture.event(v));
        assertEquals("{\"temperature\":25}", receiver.next().body(), "decoded_json pushes only the decoded object");
    }

    @Test
    void aFailedPushKeepsThePayloadIsLoggedAndRepushDeliversIt() throws Exception {
        call("PUT", "/rest/pushmode/start", startBody(""), "alice");
        receiver.answer(500);
        Uplink u = fx.store(5, 2, Bytes.fromHex("01"), AT);
        events.publish(PushFixture.event(u));
        nextDelivery();
        receiver.drain();
        assertEquals(PushStatus.FAILED, fx.status(u));
        JsonNode log = JSON.readTree(call("GET", "/rest/pushmode/log", null, "alice").body());
        assertEquals("ErrorPush", log.get(0).path("evt").asText());
        assertEquals("1234567812345678", log.get(0).path("DevEUI").asText());
        assertTrue(log.get(0).path("txt").asText().contains("/cb/geneva/rest/callback/payloads/ul -> HTTP 500"));

        receiver.answer(200);
        String path = "/rest/pushmode/test/payload_ul/1234567812345678/" + u.id() + "?failed_only=true";
        HttpResponse<String> r = call("POST", path, null, "alice");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(JSON.readTree("[{\"url\":\"" + receiver.base() + "/cb/geneva/rest/callback/payloads/ul\","
                + "\"status_code\":200}]"), JSON.readTree(r.body()));
        assertFalse(JSON.readTree(receiver.next().body()).path("live").asBoolean(true), "live is false on repush");
        assertEquals(PushStatus.DELIVERED, fx.status(u));
        assertEquals("[]", call("POST", path, null, "alice").body(), "an acknowledged payload is not pushed again");
        assertEquals(404, call("POST", "/rest/pushmode/test/payload_ul/AAAAAAAAAAAAAAAA/" + u.id(), null, "alice")
                .statusCode());

        assertEquals(200, call("PUT", "/rest/pushmode/loglevel?log_level=info&duration_in_hours=2", null, "alice")
                .statusCode());
        assertEquals("info", JSON.readTree(call("GET", "/rest/pushmode/loglevel", null, "alice").body())
                .path("log_level").asText());
        assertEquals(400, call("PUT", "/rest/pushmode/loglevel?log_level=info&duration_in_hours=200", null, "alice")
                .statusCode());
    }

    @Test
    void downlinkStatusAndJoinBecomeTheirCallbacks() throws Exception {
        call("PUT", "/rest/pushmode/start", startBody(", \"push_subscription\": \"payloads_dl,nodeinfo,joininfo\""),
                "alice");
        Downlink dl = new DownlinkRepository(db).enqueue(Downlink.newDownlink(new DownlinkTarget.Device(DEV), 3,
                Bytes.fromHex("AB"), true, Optional.empty()));
        events.publish(new ServerEvent.DownlinkStatusChanged(AT, dl.id(), new DownlinkTarget.Device(DEV),
                DownlinkStatus.SENT, DownlinkStatus.ACKNOWLEDGED, Optional.empty()));
        CallbackReceiver.Call c = receiver.next();
        assertEquals("PUT", c.method());
        assertEquals("/cb/geneva/rest/callback/payloads/dl", c.uri());
        assertEquals("{\"DevEUI\":\"1234567812345678\",\"id\":" + dl.id() + ",\"port\":3,\"transmissionStatus\":2,"
                + "\"session_id\":\"\"}", c.body());

        events.publish(new ServerEvent.JoinAccepted(AT, DEV, Eui64.parse("70B3D57ED0000001"),
                DevAddr.parse("26011BDA"), MacVersion.V1_0_4, new DevNonce(1), lorabench.lorawan.types.Bytes.EMPTY,
                List.of()));
        List<CallbackReceiver.Call> two = receiver.next(2);
        CallbackReceiver.Call info = two.stream().filter(x -> x.uri().endsWith("/joininfo")).findFirst().orElseThrow();
        assertEquals("{\"DevEUI\":\"1234567812345678\",\"appeui\":\"70B3D57ED0000001\",\"join_status\":\"JOIN_ACCEPTED\","
                + "\"session_id\":\"" + sessionId() + "\"}", info.body());
        CallbackReceiver.Call node = two.stream().filter(x -> x.uri().endsWith("/nodeinfo")).findFirst().orElseThrow();
        assertEquals("{\"DevEUI\":\"1234567812345678\",\"device_status\":0,\"last_reception\":null,\"dl_fcnt\":0,"
                + "\"device_class\":0,\"registration_status\":1,\"expiry_time_uplink\":168,"
                + "\"expiry_time_downlink\":168}", node.body());
    }

    @Test
    void stopStopsAndStartIsPersistedAcrossARestart() throws Exception {
        stopServer();
        startServer(PushEngineConfig.DEFAULT.withQueue(1, 100));
        PushFixture bob = new PushFixture(db, "bob", "pw", Eui64.parse("AAAAAAAAAAAAAAAA"), DevAddr.parse("26011BDB"));
        call("PUT", "/rest/pushmode/start", startBody(""), "alice");
        call("PUT", "/rest/pushmode/start", startBody("").replace("/cb/${usertags.site}", "/bob"), "bob");
        assertEquals(200, call("PUT", "/rest/pushmode/stop", null, "alice").statusCode());
        Uplink quiet = fx.store(20, 1, Bytes.fromHex("01"), AT);
        events.publish(PushFixture.event(quiet));
        events.publish(PushFixture.event(bob.store(1, 1, Bytes.fromHex("02"), AT)));
        assertEquals("/bob/rest/callback/payloads/ul", receiver.next().uri(), "alice's uplink was not pushed");
        nextDelivery();
        assertEquals(PushStatus.NONE, fx.status(quiet), "kept for pull");

        call("PUT", "/rest/pushmode/start", startBody(""), "alice");
        stopServer();
        startServer(PushEngineConfig.DEFAULT);
        Uplink u = fx.store(21, 1, Bytes.fromHex("03"), AT);
        events.publish(PushFixture.event(u));
        assertEquals("/cb/geneva/rest/callback/payloads/ul", receiver.next().uri(), "push resumes after restart");
    }

    @Test
    void applicationSubAccountsGetTheirOwnPushAndRequestsAreChecked() throws Exception {
        AccountRepository accounts = new AccountRepository(db);
        Account app = accounts.insert(Account.newApplication("#app.myapp#alice",
                PushFixture.FAST_HASHER.hash("pw".toCharArray()), fx.account.id()));
        new DeviceRepository(db).upsert(new DeviceRepository(db).find(DEV).orElseThrow()
                .withApplication(Optional.of("myapp")));
        assertEquals(200, call("PUT", "/rest/pushmode/start", startBody(""), "alice").statusCode());
        assertEquals(200, call("PUT", "/rest/pushmode/start/myapp",
                startBody("").replace("/cb/${usertags.site}", "/app"), "alice").statusCode());
        assertEquals(404, call("PUT", "/rest/pushmode/start/nope", startBody(""), "alice").statusCode());
        assertEquals(403, call("PUT", "/rest/pushmode/start/myapp", startBody(""), app.username()).statusCode());
        assertEquals("/app", JSON.readTree(call("GET", "/rest/pushmode/status", null, app.username()).body())
                .path("path_prefix").asText());
        events.publish(PushFixture.event(fx.store(30, 1, Bytes.fromHex("01"), AT)));
        List<String> uris = receiver.next(2).stream().map(CallbackReceiver.Call::uri).sorted().toList();
        assertEquals(List.of("/app/rest/callback/payloads/ul", "/cb/geneva/rest/callback/payloads/ul"), uris);
        JsonNode conns = JSON.readTree(call("GET", "/rest/pushmode/connections", null, "alice").body());
        assertEquals(2, conns.size());
        assertEquals("myapp", conns.get(1).path("appid").asText());

        assertEquals(401, call("GET", "/rest/pushmode/status", null, null).statusCode());
        assertEquals(400, call("PUT", "/rest/pushmode/start", "{not json", "alice").statusCode());
        assertEquals(400, call("PUT", "/rest/pushmode/start", startBody(", \"auth_string\": \"Basic x\""), "alice")
                .statusCode(), "auth schemes are mutually exclusive");
        assertEquals(400, call("PUT", "/rest/pushmode/start?strict=true", startBody(", \"nope\": 1"), "alice")
                .statusCode());
    }

    /// OW-G-01 "400 The JSON object is not valid": a `retry_policy` of the wrong type or value (the seed: "for
    /// future use, must be set to zero") and text after the JSON object are refused, and the refused body changes
    /// nothing: a first start stores no target, a later one leaves the running settings as they were.
    @Test
    void aBadRetryPolicyOrTrailingTextIsRefusedAndNothingIsStored() throws Exception {
        List<String> refused = new java.util.ArrayList<>();
        for (String retry : List.of("\"abc\"", "\"0\"", "true", "0.5", "[0]", "{}", "2", "-1")) {
            refused.add(startBody("").replace("\"retry_policy\": 0", "\"retry_policy\": " + retry));
        }
        refused.add(startBody("") + " garbage");
        refused.add(startBody("") + " {}");
        JsonNode before = JSON.readTree(call("GET", "/rest/pushmode/status", null, "alice").body());
        assertEquals(JSON.readTree("{\"enabled\":false}"), before, "never started");
        for (String body : refused) {
            HttpResponse<String> r = call("PUT", "/rest/pushmode/start", body, "alice");
            assertEquals(400, r.statusCode(), body + " -> " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), body);
            assertEquals(before, JSON.readTree(call("GET", "/rest/pushmode/status", null, "alice").body()),
                    "nothing stored for " + body);
        }
        assertEquals(List.of(), module.engine().targets(fx.account.id()), "no target was created");

        assertEquals(200, call("PUT", "/rest/pushmode/start", startBody(""), "alice").statusCode());
        JsonNode running = JSON.readTree(call("GET", "/rest/pushmode/status", null, "alice").body());
        for (String body : refused) {
            String other = body.replace("http://127.0.0.1", "http://127.0.0.2");
            assertEquals(400, call("PUT", "/rest/pushmode/start", other, "alice").statusCode(), other);
            assertEquals(400, call("PUT", "/rest/pushmode/start?update_only=true", other, "alice").statusCode(),
                    other);
        }
        assertEquals(running, JSON.readTree(call("GET", "/rest/pushmode/status", null, "alice").body()),
                "the running settings are unchanged");
        assertEquals(1, module.engine().targets(fx.account.id()).size());
        assertEquals(0, module.engine().targets(fx.account.id()).getFirst().settings().path("retry_policy").asInt(-1));
    }
}
