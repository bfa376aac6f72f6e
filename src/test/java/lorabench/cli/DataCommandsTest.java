// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.LogEvent;
import lorabench.store.SessionLogEntry;
import lorabench.store.SessionLogRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/// `lorabench devices import` and `lorabench export`, run in-process with captured output.
class DataCommandsTest {
    private static final String KEY = "2B7E151628AED2A6ABF7158809CF4F3C";
    private static final String UP = "40DA1B0126000100019A96C8F0FC276F0037";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LoraBenchCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void importPrintsCountsAndExitsZero() throws IOException {
        Path csv = file("ok.csv", "devEui,activation,macVersion,region,devAddr,nwkSKey,appSKey\n"
                + "0004A30B001C0530,ABP,1.0.3,EU868,26011BDA," + KEY + "," + KEY + "\n"
                + "0004A30B001C0531,ABP,1.0.3,EU868,26011BDB," + KEY + "," + KEY + "\n");
        Run r = run("devices", "import", csv.toString(), "--data", data());
        assertEquals(new Run(0, "{\"imported\":2,\"rejected\":[]}\n", ""), r);
    }

    @Test
    void importReportsRejectedRowsAndExitsTwo() throws IOException {
        Path json = file("bad.json", "[\n {\"devEui\": \"0004A30B001C0530\", \"activation\": \"OTAA\","
                + " \"macVersion\": \"1.0.4\", \"region\": \"EU868\", \"appKey\": \"" + KEY + "\"},\n"
                + " {\"devEui\": \"0004A30B001C0531\", \"activation\": \"OTAA\", \"macVersion\": \"1.0.4\","
                + " \"region\": \"EU868\"},\n"
                + " 7\n]\n");
        Run r = run("devices", "import", json.toString(), "--data", data());
        assertEquals(new Run(2, "{\"imported\":1,\"rejected\":["
                + "{\"line\":3,\"field\":\"appKey\",\"reason\":\"is required for OTAA devices\"},"
                + "{\"line\":4,\"field\":null,\"reason\":\"each element must be a JSON object\"}]}\n", ""), r);
    }

    @Test
    void importNamesAnUnreadableOrMalformedFileOnOneLine() throws IOException {
        Path missing = dir.resolve("missing.csv");
        assertEquals(new Run(2, "", "error: cannot read " + missing + ": no such file\n"),
                run("devices", "import", missing.toString(), "--data", data()));
        Path bad = file("bad.csv", "devEui,colour\n");
        Run r = run("devices", "import", bad.toString(), "--data", data());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("error: " + bad + ": line 1: unknown column 'colour'"), r.err());
        assertEquals(1, r.err().lines().count());
    }

    private void seedLog() {
        try (Database db = Database.open(DatabaseConfig.h2File(dir.resolve("data")))) {
            new SessionLogRepository(db).insertAll(List.of(SessionLogEntry.of(Instant.parse("2026-03-01T12:00:00Z"),
                            Direction.UPLINK, "UnconfirmedDataUp", Bytes.fromHex(UP), 868_100_000L, "SF7BW125",
                            LogEvent.UPLINK)
                    .withDevice(Optional.of(Eui64.parse("0004A30B001C0530")), Optional.of(DevAddr.parse("26011BDA")))
                    .withFrame(Optional.of(1L), Optional.of(1), Optional.empty(), Optional.of(true))));
        }
    }

    @Test
    void exportStreamsToStandardOutputWithoutOut() throws IOException {
        run("devices", "import", file("d.csv", "devEui,activation,macVersion,region,devAddr,nwkSKey,appSKey\n"
                + "0004A30B001C0530,ABP,1.0.3,EU868,26011BDA," + KEY + ",000102030405060708090A0B0C0D0E0F\n")
                .toString(), "--data", data());
        seedLog();
        Run r = run("export", "--format", "jsonl", "--data", data());
        assertEquals(new Run(0, "{\"time\":\"2026-03-01T12:00:00Z\",\"direction\":\"up\",\"gatewayEui\":null,"
                + "\"devEui\":\"0004A30B001C0530\",\"devAddr\":\"26011BDA\",\"mType\":\"UnconfirmedDataUp\","
                + "\"fCnt\":1,\"fPort\":1,\"phyPayload\":\"" + UP + "\",\"payload\":null,\"micValid\":true,"
                + "\"frequency\":868100000,\"dataRate\":\"SF7BW125\",\"rssi\":null,\"snr\":null,\"event\":\"uplink\","
                + "\"reason\":null}\n", ""), r);
        assertEquals("", run("export", "--format", "csv", "--data", data(), "--from", "2026-03-02").out()
                .lines().skip(1).reduce("", String::concat), "only the header after --from");
    }

    @Test
    void exportToFilePrintsSummaryAndWritesKeys() throws IOException {
        run("devices", "import", file("d.csv", "devEui,activation,macVersion,region,devAddr,nwkSKey,appSKey\n"
                + "0004A30B001C0530,ABP,1.0.3,EU868,26011BDA," + KEY + ",000102030405060708090A0B0C0D0E0F\n")
                .toString(), "--data", data());
        seedLog();
        Path pcap = dir.resolve("log.pcap");
        Path keys = dir.resolve("encryption_keys_lorawan");
        Run r = run("export", "--format", "pcap", "--out", pcap.toString(), "--with-keys", keys.toString(),
                "--dev-eui", "00-04-a3-0b-00-1c-05-30", "--data", data());
        assertEquals(new Run(0, "{\"format\":\"pcap\",\"out\":\"" + pcap + "\",\"records\":1,\"keys\":{\"file\":\""
                + keys + "\",\"table\":\"encryption_keys_lorawan\",\"rows\":1}}\n", ""), r);
        assertEquals(24 + 16 + 15 + UP.length() / 2, Files.size(pcap));
        assertEquals(List.of("\"DA1B0126\",\"" + KEY + "\",\"000102030405060708090A0B0C0D0E0F\",\"FFFFFFFFFFFFFFFF\""),
                Files.readAllLines(keys).stream().filter(l -> !l.startsWith("#")).toList());
    }

    @Test
    void exportRejectsBadOptionsOnOneLine() {
        assertEquals(new Run(2, "", "error: --format: unknown export format 'xml' (expected jsonl, csv or pcap)\n"),
                run("export", "--format", "xml", "--data", data()));
        assertEquals(new Run(2, "", "error: --from: expected an ISO 8601 time such as 2026-03-01T12:00:00Z or a date "
                + "such as 2026-03-01, got 'yesterday'\n"), run("export", "--format", "csv", "--from", "yesterday",
                "--data", data()));
    }
}
