// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `lorabench sim run`: the progress lines on stderr, the JSON summary on stdout, the same seed giving the same
/// session log byte for byte, real time against a network server given by `--ns`, and the usage errors (exit 2).
class SimRunCommandTest {
    private static final String DEMO = "scenarios/demo-eu868.json";

    @TempDir
    Path dir;

    @Test
    void aVirtualTimeRunShowsProgressAndPrintsTheSummary() throws Exception {
        Path log = dir.resolve("run.jsonl");
        Cli.Run run = Cli.run("sim", "run", DEMO, "--virtual-time", "--session-log", log.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode summary = JsonOut.MAPPER.readTree(run.out());
        assertEquals("finished", summary.get("state").asText());
        assertEquals(7200.0, summary.get("virtualSeconds").asDouble());
        assertEquals(10, summary.get("devices").asInt());
        assertEquals(10, summary.get("joins").asInt(), "every demo device joins");
        assertTrue(summary.get("uplinks").asInt() >= 10 * 20, "about 24 uplinks per device in 2 h: " + summary);
        assertEquals(10, summary.get("airtimeSeconds").size(), "airtime per device");
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("100.0% virtual 2:00:00 real ")),
                () -> "the last progress line shows the scenario clock as H:MM:SS: " + run.err());
        assertTrue(Files.size(log) > 0, "the session log was written");
    }

    @Test
    void theSameSeedWritesTheSameSessionLogByteForByte() throws Exception {
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");
        assertEquals(0, Cli.run("sim", "run", DEMO, "--virtual-time", "--session-log", first.toString()).exit());
        assertEquals(0, Cli.run("sim", "run", DEMO, "--virtual-time", "--session-log", second.toString()).exit());
        assertEquals(-1, Files.mismatch(first, second), "byte-identical session logs");
    }

    /// Real time with `--ns`: the scenario's gateways speak Semtech UDP to the given address. A loopback socket
    /// plays the network server, acknowledging each PUSH_DATA and PULL_DATA, and sees the gateway's frames.
    @Test
    void realTimeGatewaysSpeakSemtechUdpToTheServerGivenByNs() throws Exception {
        Path scenario = dir.resolve("real.json");
        Files.writeString(scenario, """
                {"name": "real", "seed": 3, "duration": "6s", "clock": "real",
                 "gateways": [{"eui": "B827EBFFFE00000A", "latitude": 48.8584, "longitude": 2.2945}],
                 "devices": [{"name": "s", "count": 2, "devEui": {"prefix": "70B3D57EAA", "start": 1},
                   "activation": "OTAA", "macVersion": "1.0.4", "region": "EU868", "joinEui": "70B3D57ED0000000",
                   "keys": "generate", "placement": {"type": "circle", "latitude": 48.8584, "longitude": 2.2945,
                   "radius": 100}, "uplink": {"interval": "1m"}, "payload": {"type": "counter"},
                   "join": {"atStart": true, "spread": "1s"}}]}""");
        Set<String> seen = new HashSet<>();
        AtomicInteger pushData = new AtomicInteger();
        try (DatagramSocket ns = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            ns.setSoTimeout(200);
            Thread server = Thread.ofPlatform().daemon().start(() -> serve(ns, seen, pushData));
            Cli.Run run = Cli.run("sim", "run", scenario.toString(), "--ns", "127.0.0.1:" + ns.getLocalPort());
            server.interrupt();
            server.join(5_000);
            assertEquals(0, run.exit(), run.err());
            JsonNode summary = JsonOut.MAPPER.readTree(run.out());
            assertEquals("finished", summary.get("state").asText());
            assertEquals("real", summary.get("clock").asText());
            assertTrue(summary.get("joinRequests").asInt() >= 2, "each device sent a join-request: " + summary);
            assertEquals(0, summary.get("joins").asInt(), "a server that never answers accepts no join");
        }
        synchronized (seen) {
            assertTrue(seen.contains("B827EBFFFE00000A"), "the scenario gateway reached the --ns server: " + seen);
        }
        assertTrue(pushData.get() >= 2, "the join-requests arrived as PUSH_DATA rxpk: " + pushData);
    }

    /// Each sample scenario a user starts from reaches the server: its devices join and their uplinks arrive.
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"demo-eu868", "us915-adr", "csv-fleet", "class-c-1.1"})
    void everySampleScenarioJoinsAndDelivers(String name) throws Exception {
        Cli.Run run = Cli.run("sim", "run", "scenarios/" + name + ".json", "--virtual-time");
        assertEquals(0, run.exit(), run.err());
        JsonNode s = JsonOut.MAPPER.readTree(run.out());
        assertTrue(s.get("joins").asInt() > 0, () -> name + " devices join: " + s);
        assertTrue(s.get("uplinksDelivered").asInt() > 0, () -> name + " uplinks arrive: " + s);
        assertTrue(s.get("packetErrorRate").asDouble() < 0.35, () -> name + " in range: " + s);
        assertEquals("virtual", s.get("clock").asText(), "the clock the run was on, whatever the file says");
    }

    @Test
    void usageErrorsExitWithCodeTwoAndOneLine() {
        Cli.run("sim", "run", DEMO, "--virtual-time", "--ns", "127.0.0.1:1700")
                .assertRejected("--virtual-time runs against the embedded server");
        Cli.run("sim", "run", dir.resolve("missing.json").toString()).assertRejected("no such scenario file");
        Cli.run("sim", "run", DEMO, "--ns", "localhost").assertRejected("--ns must be HOST:PORT");
        Cli.run("sim", "run", DEMO, "--ns", "127.0.0.1:1700", "--session-log", dir.resolve("x").toString())
                .assertRejected("--session-log needs the embedded server");
    }

    @Test
    void aBadScenarioFileNamesThePathOfTheMistake() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"x\", \"seed\": 1, \"duration\": \"soon\", \"gateways\": [], \"devices\": []}");
        Cli.Run run = Cli.run("sim", "run", bad.toString());
        run.assertRejected("duration");
    }

    /// Acknowledges PUSH_DATA (0x00 → PUSH_ACK 0x01) and PULL_DATA (0x02 → PULL_ACK 0x04) until interrupted,
    /// recording the gateway EUIs and the PUSH_DATA datagrams that carry `rxpk`.
    private static void serve(DatagramSocket ns, Set<String> seen, AtomicInteger pushData) {
        byte[] buf = new byte[65_536];
        while (!Thread.currentThread().isInterrupted()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                ns.receive(p);
            } catch (SocketTimeoutException e) {
                continue;
            } catch (java.io.IOException e) {
                return;
            }
            if (p.getLength() < 12 || buf[0] != 2) {
                continue;
            }
            byte type = buf[3];
            StringBuilder eui = new StringBuilder();
            for (int i = 4; i < 12; i++) {
                eui.append(String.format("%02X", buf[i]));
            }
            synchronized (seen) {
                seen.add(eui.toString());
            }
            if (type == 0 && new String(buf, 12, p.getLength() - 12, StandardCharsets.UTF_8).contains("\"rxpk\"")) {
                pushData.incrementAndGet();
            }
            if (type == 0 || type == 2) {
                byte[] ack = Arrays.copyOf(buf, 4);
                ack[3] = (byte) (type == 0 ? 1 : 4);
                try {
                    ns.send(new DatagramPacket(ack, 4, p.getSocketAddress()));
                } catch (java.io.IOException e) {
                    return;
                }
            }
        }
    }
}
