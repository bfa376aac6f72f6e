// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import lorabench.app.LoraBenchServer;
import lorabench.app.ServerOptions;
import lorabench.clock.RealTimeScheduler;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.packetforwarder.CodingRate;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.Rxpk;
import lorabench.packetforwarder.UdpGatewayClient;
import lorabench.server.push.CallbackReceiver;
import lorabench.server.push.HttpsCallbackReceiver;
import lorabench.server.push.PushDelivery;
import lorabench.server.push.TestCertificates;
import lorabench.store.AccountRepository;
import lorabench.store.DatabaseConfig;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.SessionKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// HTTP push with a client certificate (seed `push_auth_cert`/`push_auth_key`/`push_auth_passphrase`) to an
/// application HTTPS server on 127.0.0.1 that requires one, trusting its CA through `push_ca_cert`: an uplink from a
/// gateway on UDP arrives there over mutual TLS; without the certificate the handshake fails and nothing arrives.
class OwPushClientCertTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void anUplinkIsPushedOverMutualTls() throws Exception {
        TestCertificates.Issued ca = TestCertificates.ca("CN=App CA");
        TestCertificates.Issued serverCert = TestCertificates.server(ca);
        TestCertificates.Issued clientCert = TestCertificates.client(ca, "CN=lorabench-push");
        ServerOptions options = new ServerOptions(dir, DatabaseConfig.h2File(dir), ServerOptions.LOOPBACK, 0, 0,
                OptionalInt.empty(), Optional.of("admin-pw"));
        try (HttpsCallbackReceiver app = new HttpsCallbackReceiver(serverCert, ca);
                LoraBenchServer server = LoraBenchServer.start(options);
                RealTimeScheduler gwClock = new RealTimeScheduler("gw")) {
            String admin = server.admin().username();
            String auth = "Basic " + Base64.getEncoder().encodeToString((admin + ":admin-pw")
                    .getBytes(StandardCharsets.UTF_8));
            String base = "http://127.0.0.1:" + server.httpPort();
            long adminId = new AccountRepository(server.database()).findByUsername(admin).orElseThrow().id();
            Device d = new DeviceRepository(server.database()).upsert(Device.abp(OwPushEndToEndTest.DEV, "tls",
                    MacVersion.V1_0_4, BandId.EU868, OwPushEndToEndTest.ADDR,
                    SessionKeys.of10(OwPushEndToEndTest.NWK, OwPushEndToEndTest.APP)).withOwner(Optional.of(adminId)));
            server.server().deviceSessions().activateAbp(d);

            ObjectNode start = JSON.createObjectNode().put("host", "https://127.0.0.1").put("port", app.port())
                    .put("data_format", "hex").put("push_auth_cert", clientCert.certPem())
                    .put("push_auth_key", clientCert.encryptedKeyPem("pem-pass"))
                    .put("push_auth_passphrase", "wrong").put("push_ca_cert", ca.certPem());
            HttpResponse<String> bad = OwPushEndToEndTest.send(auth, "PUT", base + "/rest/pushmode/start",
                    start.toString());
            assertEquals(400, bad.statusCode(), bad.body());
            assertTrue(bad.body().contains("cannot decrypt the client key"), bad.body());
            assertFalse(bad.body().contains("PRIVATE KEY"), "the key is never repeated");
            start.put("push_auth_passphrase", "pem-pass");
            HttpResponse<String> ok = OwPushEndToEndTest.send(auth, "PUT", base + "/rest/pushmode/start",
                    start.toString());
            assertEquals(200, ok.statusCode(), ok.body());
            assertEquals(400, OwPushEndToEndTest.send(auth, "PUT", base + "/rest/pushmode/start?strict=true",
                    start.toString()).statusCode(), "push_ca_cert is LoRaBench's extension, unknown under strict");
            JsonNode status = JSON.readTree(OwPushEndToEndTest.get(auth, base + "/rest/pushmode/status").body());
            assertEquals(clientCert.certPem(), status.path("push_auth_cert").asText());
            assertEquals("pem-pass", status.path("push_auth_passphrase").asText());
            assertEquals(ca.certPem(), status.path("push_ca_cert").asText());

            try (UdpGatewayClient gw = UdpGatewayClient.connect(Eui64.parse("AA555A0000000101"),
                    server.server().udp().orElseThrow().localAddress(),
                    new UdpGatewayClient.Options(Duration.ZERO, Duration.ofSeconds(5)),
                    (token, txpk, at) -> Optional.empty(), gwClock, new Random(1))) {
                gw.pullData().get(10, TimeUnit.SECONDS);
                gw.pushRxpk(Rxpk.loRa(1_000_000, 868_100_000, 0, new Datr.LoRa(7, 125), CodingRate.CR_4_5, -60,
                        7.5, OwPushEndToEndTest.uplink(5, 10, Bytes.fromHex("C0FFEE")))).get(10, TimeUnit.SECONDS);
                HttpsCallbackReceiver.Call c = app.next();
                assertEquals("POST", c.method());
                assertEquals("/rest/callback/payloads/ul", c.uri());
                assertEquals("CN=lorabench-push", c.clientSubject(), "the client certificate was presented");
                assertEquals("C0FFEE", JSON.readTree(c.body()).path("dataFrame").asText());

                // Without the client certificate the application's server refuses the handshake.
                ObjectNode trustOnly = JSON.createObjectNode().put("host", "https://127.0.0.1")
                        .put("port", app.port()).put("push_ca_cert", ca.certPem());
                assertEquals(200, OwPushEndToEndTest.send(auth, "PUT", base + "/rest/pushmode/start",
                        trustOnly.toString()).statusCode());
                gw.pushRxpk(Rxpk.loRa(2_000_000, 868_100_000, 0, new Datr.LoRa(7, 125), CodingRate.CR_4_5, -60,
                        7.5, OwPushEndToEndTest.uplink(6, 10, Bytes.fromHex("BEEF")))).get(10, TimeUnit.SECONDS);
                PushDelivery failed = failedDelivery(server);
                assertTrue(failed.status().isEmpty(), failed.toString());
                assertTrue(failed.error().orElseThrow().contains("SSL") || failed.error().orElseThrow()
                        .contains("IOException"), failed.error().orElseThrow());
                assertEquals(Optional.empty(), app.poll(), "nothing arrived without the certificate");
            }
        }
    }

    /// {@return the first delivery that got no answer}, waiting up to the deadline
    static PushDelivery failedDelivery(LoraBenchServer server) {
        var log = server.module(OrbiwisePushModule.class).orElseThrow().engine().log();
        long end = System.nanoTime() + CallbackReceiver.DEADLINE.toNanos();
        do {
            Optional<PushDelivery> f = log.recent().stream().filter(x -> x.error().isPresent()).findFirst();
            if (f.isPresent()) {
                return f.get();
            }
        } while (System.nanoTime() < end);
        throw new AssertionError("no failed delivery within " + CallbackReceiver.DEADLINE);
    }
}
