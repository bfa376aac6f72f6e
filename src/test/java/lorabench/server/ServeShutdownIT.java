// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.packetforwarder.CodingRate;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.DownlinkHandler;
import lorabench.packetforwarder.Rxpk;
import lorabench.packetforwarder.UdpGatewayClient;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.SessionKeys;
import lorabench.store.UplinkQuery;
import lorabench.store.UplinkRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `lorabench serve` from the real jar: every uplink a gateway got a PUSH_ACK for is in the store after SIGTERM.
/// The server acknowledges datagrams on receipt, so shutdown must drain the de-duplication windows and the pending
/// group commit instead of dropping them.
class ServeShutdownIT {
    /// One uplink each from this many devices: a burst of frames sitting in de-duplication windows and in the
    /// group commit when SIGTERM arrives. (One device cannot send a burst: its duty cycle spaces its frames.)
    private static final int DEVICES = 300;
    private static final int BURST = 50;

    @TempDir
    Path data;

    @Test
    void sigtermLosesNoAcknowledgedUplink() throws Exception {
        SessionKeys keys = SessionKeys.of10(UplinkTest.key(7), UplinkTest.key(8));
        List<TestDevice> devices = new ArrayList<>();
        StringBuilder rows = new StringBuilder("devEui,name,activation,macVersion,region,devAddr,nwkSKey,appSKey\n");
        for (int i = 0; i < DEVICES; i++) {
            TestDevice dev = TestDevice.abp(0x0004A30B001C0000L + i, MacVersion.V1_0_4, new DevAddr(0x26010000 + i),
                    keys);
            devices.add(dev);
            rows.append(dev.devEui).append(",meter-").append(i).append(",ABP,1.0.4,EU868,").append(dev.devAddr)
                    .append(',').append(keys.nwkSKey().toHex()).append(',').append(keys.appSKey().orElseThrow().toHex()).append('\n');
        }
        Path csv = data.resolve("devices.csv");
        Files.writeString(csv, rows);
        Process imp = lorabench("devices", "import", csv.toString(), "--data", data.toString()).start();
        assertTrue(imp.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, imp.exitValue(), new String(imp.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));

        Process serve = lorabench("serve", "--data", data.toString(), "--http", "0", "--udp", "0",
                "--admin-password", "a-long-password").redirectError(data.resolve("serve.log").toFile()).start();
        try {
            JsonNode started = readJsonDocument(serve);
            int udp = started.get("udp").asInt();
            try (UdpGatewayClient gw = UdpGatewayClient.connect(new Eui64(0xC0FFEE), new InetSocketAddress("127.0.0.1",
                    udp), new UdpGatewayClient.Options(Duration.ZERO, Duration.ofSeconds(20)),
                    DownlinkHandler.acceptAll(), InstantSource.system(), new Random(1))) {
                // Sent in bursts of BURST, each waiting for its PUSH_ACKs: the frames stay in de-duplication
                // windows and the group commit after their acknowledgement, while a loaded CI machine's socket
                // buffer (the kernel may cap SO_RCVBUF at 208 KiB) never overflows and drops a datagram.
                long tmst = 1_000;
                for (int from = 0; from < DEVICES; from += BURST) {
                    List<CompletableFuture<Void>> acks = new ArrayList<>();
                    for (TestDevice dev : devices.subList(from, Math.min(DEVICES, from + BURST))) {
                        Bytes phy = dev.uplink(1, 1, Bytes.fromHex("0102"), false);
                        acks.add(gw.pushRxpk(Rxpk.loRa(tmst += 1_000, 868_100_000, 0, new Datr.LoRa(7, 125),
                                CodingRate.CR_4_5, -60, 7.5, phy)));
                    }
                    CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
                }
            }
            serve.destroy(); // SIGTERM, right after the last PUSH_ACK
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve stopped after SIGTERM");
        } finally {
            serve.destroyForcibly();
        }
        try (Database db = Database.open(DatabaseConfig.h2File(data))) {
            assertEquals(DEVICES, new UplinkRepository(db).count(UplinkQuery.all()));
        }
    }

    private static ProcessBuilder lorabench(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-jar", "target/lorabench.jar"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    }

    /// Reads stdout until the first complete JSON document (the serve command's start report).
    private static JsonNode readJsonDocument(Process p) throws Exception {
        var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder doc = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            doc.append(line).append('\n');
            if (line.equals("}")) {
                return new ObjectMapper().readTree(doc.toString());
            }
        }
        throw new AssertionError("serve printed no start report: " + doc);
    }
}
