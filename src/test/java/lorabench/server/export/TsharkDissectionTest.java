// SPDX-License-Identifier: Apache-2.0
package lorabench.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.SessionLogQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Runs the real tshark (when installed; `.ci/run` installs it) on an exported pcap: every frame must be dissected
/// as LoRaWAN with its MAC header, DevAddr and FCnt, and with the exported Wireshark 4.0 key table tshark must
/// decrypt the FRMPayload and find the MIC good.
class TsharkDissectionTest {
    private static final AtomicInteger NAMES = new AtomicInteger();

    @TempDir
    Path dir;
    private Database db;
    private SessionLogExport export;

    @BeforeEach
    void seed() {
        db = Database.open(DatabaseConfig.h2Memory("tshark" + NAMES.incrementAndGet()));
        ExportFixtures.seed(db);
        export = new SessionLogExport(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void tsharkDissectsEveryFrameAsLoRaWan() throws Exception {
        Path pcap = writePcap();
        Path emptyConfig = Files.createDirectories(dir.resolve("empty-config"));
        String out = tshark(emptyConfig, "-r", pcap.toString(), "-V");
        assertEquals(3, count(out, "LoRaWAN Protocol"), out);
        assertEquals(3, count(out, "Sync Word: LoRaWAN (0x34)"), out);
        assertEquals(2, count(out, "Message Type: Unconfirmed Data Up (2)"), out);
        assertEquals(1, count(out, "Message Type: Unconfirmed Data Down (3)"), out);
        assertEquals(2, count(out, "Device Address: 0x26011bda"), out);
        assertEquals(1, count(out, "Device Address: 0x26011bdb"), out);
        assertTrue(out.contains("Frame Counter: 1\n"), out);
        assertTrue(out.contains("Frame Counter: 7\n"), out);
        assertTrue(out.contains("Frequency: 868100000Hz"), out);
        assertTrue(out.contains("Spreading Factor: 7"), out);
        assertTrue(out.contains("Packet: -57 dBm"), out);
        assertEquals(0, count(out, "Decrypted Frame Payload"), "no keys, no decryption");
    }

    @Test
    void tsharkDecryptsWithTheExportedKeyTable() throws Exception {
        Path pcap = writePcap();
        Path config = Files.createDirectories(dir.resolve("config"));
        assertEquals(2, export.writeKeys(Optional.empty(), config.resolve("encryption_keys_lorawan"),
                WiresharkKeyTable.Layout.WIRESHARK_4_0));
        String out = tshark(config, "-r", pcap.toString(), "-V");
        assertTrue(out.contains("Decrypted Frame Payload: 48656c6c6f"), out);
        assertTrue(out.contains("Decrypted Frame Payload: 0102"), out);
        assertEquals(3, count(out, "[Message Integrity Code Status: Good]"), out);
    }

    private Path writePcap() throws IOException {
        Path pcap = dir.resolve("log.pcap");
        try (OutputStream o = Files.newOutputStream(pcap)) {
            export.write(SessionLogQuery.all(), ExportFormat.PCAP, o);
        }
        return pcap;
    }

    /// Runs tshark with `config` as its personal configuration directory; skips the test when it is not installed.
    private static String tshark(Path config, String... args) throws Exception {
        Optional<Path> exe = onPath("tshark");
        assumeTrue(exe.isPresent(), "tshark is not installed");
        List<String> cmd = new ArrayList<>(List.of(exe.get().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("WIRESHARK_CONFIG_DIR", config.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "tshark finished");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static Optional<Path> onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
