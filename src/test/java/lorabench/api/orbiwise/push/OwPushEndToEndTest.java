// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import lorabench.api.orbiwise.OwSessionIds;
import lorabench.app.LoraBenchServer;
import lorabench.app.ServerOptions;
import lorabench.clock.RealTimeScheduler;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.PayloadCipher;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.FCtrl;
import lorabench.lorawan.frame.FHdr;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.packetforwarder.CodingRate;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.Rxpk;
import lorabench.packetforwarder.UdpGatewayClient;
import lorabench.server.push.CallbackReceiver;
import lorabench.store.AccountRepository;
import lorabench.store.DatabaseConfig;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.SessionKeys;
import lorabench.store.UplinkRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The whole chain: a gateway on UDP delivers an ABP device's uplink to a running [LoraBenchServer], whose OrbiWAN
/// push mode (started over its HTTP API) POSTs it to the application.
class OwPushEndToEndTest {
    static final Eui64 DEV = Eui64.parse("0102030405060708");
    static final DevAddr ADDR = DevAddr.parse("26011BDA");
    static final AesKey NWK = AesKey.parse("2B7E151628AED2A6ABF7158809CF4F3C");
    static final AesKey APP = AesKey.parse("000102030405060708090A0B0C0D0E0F");

    @TempDir
    Path dir;

    /// An unconfirmed 1.0.4 ABP uplink, encrypted and MICed as the device does.
    static Bytes uplink(long fCnt, int port, Bytes payload) {
        FHdr fHdr = FHdr.of(ADDR, FCtrl.uplink(false, false, false, false, 0), (int) fCnt, Bytes.EMPTY);
        DataFrame f = DataFrame.of(MType.UNCONFIRMED_DATA_UP, fHdr, port,
                PayloadCipher.encrypt(APP, Direction.UPLINK, ADDR, fCnt, payload), Bytes.of(new byte[4]));
        return FrameCodec.encode(f.withMic(Mic.dataUplink10(NWK, ADDR, fCnt, FrameCodec.micInput(f))));
    }

    static HttpResponse<String> get(String auth, String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /// {@return the status of `url` once it is `wanted`}, or the last one after the deadline
    static int pollStatus(String auth, String url, int wanted) throws Exception {
        long end = System.nanoTime() + CallbackReceiver.DEADLINE.toNanos();
        int last;
        do {
            last = get(auth, url).statusCode();
        } while (last != wanted && System.nanoTime() < end);
        return last;
    }

    /// {@return the answer of `url` once its body contains `wanted`}, or the last one after the deadline
    static HttpResponse<String> pollBody(String auth, String url, String wanted) throws Exception {
        long end = System.nanoTime() + CallbackReceiver.DEADLINE.toNanos();
        HttpResponse<String> last;
        do {
            last = get(auth, url);
        } while (!last.body().contains(wanted) && System.nanoTime() < end);
        return last;
    }

    @Test
    void aGatewayUplinkIsPushedToTheApplicationStartedOverRest() throws Exception {
        ServerOptions options = new ServerOptions(dir, DatabaseConfig.h2File(dir), ServerOptions.LOOPBACK, 0, 0,
                OptionalInt.empty(), Optional.of("admin-pw"));
        try (CallbackReceiver receiver = CallbackReceiver.start();
                LoraBenchServer server = LoraBenchServer.start(options);
                RealTimeScheduler gwClock = new RealTimeScheduler("gw")) {
            String admin = server.admin().username();
            long adminId = new AccountRepository(server.database()).findByUsername(admin).orElseThrow().id();
            Device d = new DeviceRepository(server.database()).upsert(Device.abp(DEV, "e2e", MacVersion.V1_0_4,
                    BandId.EU868, ADDR, SessionKeys.of10(NWK, APP)).withOwner(Optional.of(adminId)));
            server.server().deviceSessions().activateAbp(d);

            HttpRequest start = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort()
                    + "/rest/pushmode/start"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (admin + ":admin-pw").getBytes(StandardCharsets.UTF_8)))
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"host\": \"http://127.0.0.1\", \"port\": "
                            + receiver.port() + ", \"data_format\": \"hex\", \"auth_string\": \"Token t0k\"}"))
                    .build();
            HttpResponse<String> r = HttpClient.newHttpClient().send(start, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());

            try (UdpGatewayClient gw = UdpGatewayClient.connect(Eui64.parse("AA555A0000000101"),
                    server.server().udp().orElseThrow().localAddress(),
                    new UdpGatewayClient.Options(Duration.ZERO, Duration.ofSeconds(5)),
                    (token, txpk, at) -> Optional.empty(), gwClock, new Random(1))) {
                gw.pullData().get(10, TimeUnit.SECONDS);
                gw.pushRxpk(Rxpk.loRa(1_000_000, 868_100_000, 0, new Datr.LoRa(7, 125), CodingRate.CR_4_5, -60,
                        7.5, uplink(5, 10, Bytes.fromHex("C0FFEE")))).get(10, TimeUnit.SECONDS);

                CallbackReceiver.Call c = receiver.next();
                assertEquals("POST", c.method());
                assertEquals("/rest/callback/payloads/ul", c.uri());
                assertEquals("Token t0k", c.headers().get("authorization"), "auth_string is sent verbatim");
                JsonNode body = new ObjectMapper().readTree(c.body());
                assertEquals("0102030405060708", body.path("DevEUI").asText());
                assertEquals("C0FFEE", body.path("dataFrame").asText());
                assertEquals(10, body.path("port").asInt());
                assertEquals(5, body.path("fcnt").asLong());
                assertEquals(7, body.path("sf_used").asInt());
                assertEquals(-60, body.path("rssi").asInt());
                assertEquals(true, body.path("live").asBoolean());
                assertEquals(1, new UplinkRepository(server.database()).count(
                        lorabench.store.UplinkQuery.device(DEV)), "the pushed payload is the stored one");
                assertEquals(OwSessionIds.of(DEV, ADDR), body.path("session_id").asText());

                // 200 consumed it: pull mode no longer lists it (AMB-OW-59); a 500 keeps the next one for pull.
                String auth = start.headers().firstValue("Authorization").orElseThrow();
                String ul = "http://127.0.0.1:" + server.httpPort() + "/rest/nodes/" + DEV + "/payloads/ul";
                assertEquals(204, pollStatus(auth, ul, 204), "a payload the application took with 200 is gone");
                receiver.answer(500);
                gw.pushRxpk(Rxpk.loRa(2_000_000, 868_100_000, 0, new Datr.LoRa(7, 125), CodingRate.CR_4_5, -60,
                        7.5, uplink(6, 10, Bytes.fromHex("BEEF")))).get(10, TimeUnit.SECONDS);
                CallbackReceiver.Call failed = receiver.next();
                assertEquals(6, new ObjectMapper().readTree(failed.body()).path("fcnt").asLong());
                HttpResponse<String> kept = pollBody(auth, ul + "?push_status=true", "\"status\":500");
                JsonNode list = new ObjectMapper().readTree(kept.body());
                assertEquals(1, list.size(), kept.body());
                assertEquals(6, list.get(0).path("fcnt").asLong());
                assertEquals(body.path("session_id").asText(), list.get(0).path("session_id").asText(),
                        "pull and push give the session the same id");
                assertEquals(500, list.get(0).path("push_status").get(0).path("status").asInt(), kept.body());
            }
        }
    }

    static HttpResponse<String> send(String auth, String method, String url, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pushStatusListsTheAnswerOfEachApplicationAndApplicationsAllShowTheirPushSettings() throws Exception {
        ServerOptions options = new ServerOptions(dir, DatabaseConfig.h2File(dir), ServerOptions.LOOPBACK, 0, 0,
                OptionalInt.empty(), Optional.of("admin-pw"));
        try (CallbackReceiver mine = CallbackReceiver.start();
                CallbackReceiver theirs = CallbackReceiver.start();
                LoraBenchServer server = LoraBenchServer.start(options);
                RealTimeScheduler gwClock = new RealTimeScheduler("gw")) {
            String admin = server.admin().username();
            String auth = "Basic " + Base64.getEncoder().encodeToString((admin + ":admin-pw")
                    .getBytes(StandardCharsets.UTF_8));
            String base = "http://127.0.0.1:" + server.httpPort();
            long adminId = new AccountRepository(server.database()).findByUsername(admin).orElseThrow().id();
            Device d = new DeviceRepository(server.database()).upsert(Device.abp(DEV, "e2e", MacVersion.V1_0_4,
                    BandId.EU868, ADDR, SessionKeys.of10(NWK, APP)).withOwner(Optional.of(adminId)));
            server.server().deviceSessions().activateAbp(d);
            HttpResponse<String> app = send(auth, "POST", base + "/rest/applications", "{\"accountid\": \"app1\"}");
            assertEquals(200, app.statusCode(), app.body());
            String appUuid = new ObjectMapper().readTree(app.body()).path("app_uuid").asText();
            HttpResponse<String> put = send(auth, "PUT", base + "/rest/nodes/" + DEV, "{\"applications\": \"app1\"}");
            assertEquals(200, put.statusCode(), put.body());
            assertEquals(200, send(auth, "PUT", base + "/rest/pushmode/start", "{\"host\": \"http://127.0.0.1\","
                    + " \"port\": " + mine.port() + "}").statusCode());
            assertEquals(200, send(auth, "PUT", base + "/rest/pushmode/start/app1", "{\"host\": \"http://127.0.0.1\","
                    + " \"port\": " + theirs.port() + ", \"data_format\": \"hex\"}").statusCode());
            theirs.answer(503);

            JsonNode apps = new ObjectMapper().readTree(get(auth, base + "/rest/applications?all=true").body());
            assertEquals("app1", apps.get(0).path("accountid").asText());
            assertEquals(true, apps.get(0).path("enabled").asBoolean(), apps.toString());
            assertEquals(theirs.port(), apps.get(0).path("port").asInt());
            assertEquals("hex", apps.get(0).path("data_format").asText());
            JsonNode plain = new ObjectMapper().readTree(get(auth, base + "/rest/applications/app1").body());
            assertEquals(false, plain.has("enabled"), "push fields only with all=true");
            JsonNode one = new ObjectMapper().readTree(get(auth, base + "/rest/applications/app1?all=true").body());
            assertEquals("payloads_ul,payloads_dl,multicast,nodeinfo,status,join,joininfo,location",
                    one.path("push_subscription").asText());

            try (UdpGatewayClient gw = UdpGatewayClient.connect(Eui64.parse("AA555A0000000101"),
                    server.server().udp().orElseThrow().localAddress(),
                    new UdpGatewayClient.Options(Duration.ZERO, Duration.ofSeconds(5)),
                    (token, txpk, at) -> Optional.empty(), gwClock, new Random(1))) {
                gw.pullData().get(10, TimeUnit.SECONDS);
                gw.pushRxpk(Rxpk.loRa(1_000_000, 868_100_000, 0, new Datr.LoRa(7, 125), CodingRate.CR_4_5, -60,
                        7.5, uplink(5, 10, Bytes.fromHex("C0FFEE")))).get(10, TimeUnit.SECONDS);
                assertEquals("/rest/callback/payloads/ul", mine.next().uri());
                assertEquals("C0FFEE", new ObjectMapper().readTree(theirs.next().body()).path("dataFrame").asText());
            }
            String ul = base + "/rest/nodes/" + DEV + "/payloads/ul";
            HttpResponse<String> kept = pollBody(auth, ul + "?push_status=true", "\"status\":503");
            JsonNode status = new ObjectMapper().readTree(kept.body()).get(0).path("push_status");
            assertEquals(2, status.size(), kept.body());
            assertEquals(admin, status.get(0).path("app").asText());
            assertEquals(false, status.get(0).has("app_uuid"), "the user's own push has no application UUID");
            assertEquals(200, status.get(0).path("status").asInt());
            assertEquals("app1", status.get(1).path("app").asText());
            assertEquals(appUuid, status.get(1).path("app_uuid").asText());
            assertEquals(503, status.get(1).path("status").asInt());
            assertEquals(1, new ObjectMapper().readTree(get(auth, ul + "?search_pushfail=true").body()).size());
            assertEquals(1, new ObjectMapper().readTree(get(auth, ul + "?search_pushfail_app=app1").body()).size());
            assertEquals(204, get(auth, ul + "?search_pushfail_app=" + admin).statusCode(),
                    "the user's own push took it");
            assertEquals(204, get(auth, ul + "?search_pushfail_app=nobody").statusCode());
        }
    }
}
