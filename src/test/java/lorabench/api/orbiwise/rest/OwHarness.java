// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import lorabench.api.orbiwise.OrbiwiseSettings;
import lorabench.app.LoraBenchServer;
import lorabench.app.ServerOptions;
import lorabench.clock.RealTimeScheduler;
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
import lorabench.packetforwarder.CodingRate;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.Rxpk;
import lorabench.packetforwarder.Txpk;
import lorabench.packetforwarder.UdpGatewayClient;
import lorabench.server.event.ServerEvent;

/// A running LoRaBench (H2 in a temporary directory, ephemeral ports) with an HTTP client for the OrbiWAN API, a
/// gateway played over UDP and LoRaWAN 1.0 ABP frames built with the protocol core. Waits have deadlines.
final class OwHarness implements AutoCloseable {
    static final String ADMIN_PW = "admin-pass-123";
    static final Duration DEADLINE = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();

    final LoraBenchServer server;
    final HttpClient http = HttpClient.newHttpClient();
    final BlockingQueue<ServerEvent> events = new LinkedBlockingQueue<>();
    private final RealTimeScheduler gwClock = new RealTimeScheduler("gw");
    private UdpGatewayClient gateway;
    final BlockingQueue<Txpk> pullResps = new LinkedBlockingQueue<>();

    OwHarness(Path dir) {
        this(dir, OrbiwiseSettings.DEFAULT);
    }

    /// A server whose OrbiWAN emulation runs with `settings` (e.g. a small 413 threshold)
    OwHarness(Path dir, OrbiwiseSettings settings) {
        server = LoraBenchServer.start(ServerOptions.defaults(dir).withEphemeralPorts().withAdminPassword(ADMIN_PW)
                .withOrbiwise(settings));
        server.server().events().subscribe(events::add);
    }

    /// An HTTP answer.
    record Answer(int status, String body, String contentType) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    static String basic(String user, String pw) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8));
    }

    Answer call(String method, String path, String auth, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + path))
                .timeout(DEADLINE).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    }

    String admin() {
        return basic("admin", ADMIN_PW);
    }

    /// Creates a user with `extraRights` (JSON members) and {@return its Basic header}
    String user(String name, String extraRights) throws Exception {
        Answer a = call("POST", "/rest/users", admin(), "{\"userid\":\"" + name + "\",\"password\":\"pw-" + name
                + "\"" + (extraRights.isEmpty() ? "" : "," + extraRights) + "}");
        if (a.status() != 200) {
            throw new AssertionError("user creation failed: " + a);
        }
        return basic(name, "pw-" + name);
    }

    /// Registers an ABP 1.0.2 EU868 device through the legacy direct registration and {@return the answer}
    Answer registerAbp(String auth, String devEui, String devAddr, String nwkSKey, String appSKey, String extra)
            throws Exception {
        return call("POST", "/rest/nodes", auth, "{\"DevEUI\":\"" + devEui + "\",\"devaddr\":\"" + devAddr
                + "\",\"nwkskey\":\"" + nwkSKey + "\",\"appskey\":\"" + appSKey + "\",\"lora_device_class\":0,"
                + "\"lora_fcnt_32bit\":true,\"lora_rx2_sf\":\"SF12\",\"MACVersion\":\"1.0.2\",\"RFRegion\":\"EU868\""
                + (extra.isEmpty() ? "" : "," + extra) + "}");
    }

    void connectGateway(long eui) throws Exception {
        gateway = UdpGatewayClient.connect(new Eui64(eui), server.server().udp().orElseThrow().localAddress(),
                new UdpGatewayClient.Options(Duration.ZERO, Duration.ofSeconds(5)), (token, txpk, at) -> {
                    pullResps.add(txpk);
                    return Optional.empty();
                }, gwClock, new Random(eui));
        gateway.pullData().get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        await(ServerEvent.GatewayConnected.class, e -> e.gateway().value() == eui);
    }

    /// {@return the gateway} connected by [#connectGateway]
    UdpGatewayClient gatewayClient() {
        return gateway;
    }

    /// Sends an ABP 1.0 uplink of `dev` through the gateway.
    void uplink(Abp dev, long fCnt, int fPort, Bytes payload, boolean ack, Bytes fOpts, long tmst) throws Exception {
        uplink(dev, fCnt, fPort, payload, false, ack, fOpts, tmst);
    }

    /// Sends an ABP 1.0 uplink of `dev` through the gateway, with the ADR bit set when `adr`.
    void uplink(Abp dev, long fCnt, int fPort, Bytes payload, boolean adr, boolean ack, Bytes fOpts, long tmst)
            throws Exception {
        FHdr fHdr = FHdr.of(dev.addr(), FCtrl.uplink(adr, false, ack, false, 0), (int) (fCnt & 0xFFFF), fOpts);
        DataFrame f = DataFrame.of(MType.UNCONFIRMED_DATA_UP, fHdr, fPort,
                PayloadCipher.encrypt(dev.appSKey(), Direction.UPLINK, dev.addr(), fCnt, payload),
                Bytes.of(new byte[4]));
        Bytes mic = Mic.dataUplink10(dev.nwkSKey(), dev.addr(), fCnt, FrameCodec.micInput(f));
        Bytes phy = FrameCodec.encode(f.withMic(mic));
        gateway.pushRxpk(Rxpk.loRa(tmst, 868_100_000, 0, new Datr.LoRa(7, 125), CodingRate.CR_4_5, -60, 5.5, phy))
                .get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }

    /// {@return the next downlink the gateway was asked to send}, decoded for `dev` with counter `fCnt`
    DataFrame downlink() throws Exception {
        return (DataFrame) FrameCodec.decode(txpk().data());
    }

    Txpk txpk() throws InterruptedException {
        Txpk t = pullResps.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        if (t == null) {
            throw new AssertionError("no downlink within " + DEADLINE);
        }
        return t;
    }

    <T extends ServerEvent> T await(Class<T> type, Predicate<T> p) throws InterruptedException {
        Instant end = Instant.now().plus(DEADLINE);
        while (Instant.now().isBefore(end)) {
            ServerEvent e = events.poll(Duration.between(Instant.now(), end).toMillis(), TimeUnit.MILLISECONDS);
            if (e != null && type.isInstance(e) && p.test(type.cast(e))) {
                return type.cast(e);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within " + DEADLINE);
    }

    /// An ABP LoRaWAN 1.0 device's identity and session keys.
    record Abp(Eui64 devEui, DevAddr addr, AesKey nwkSKey, AesKey appSKey) {
        static Abp of(String eui, String addr, String nwk, String app) {
            return new Abp(Eui64.parse(eui), DevAddr.parse(addr), AesKey.parse(nwk), AesKey.parse(app));
        }
    }

    @Override
    public void close() {
        if (gateway != null) {
            gateway.close();
        }
        server.close();
        gwClock.close();
    }
}
