// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// End to end through the real launcher and jar, once: `./lorabench frame decode` (exit 0 with JSON, exit 2 with
/// one line), and `lorabench bench` from `java -jar`, whose forked JMH JVM must find every class through the jar's
/// manifest `Class-Path`; and a `sim run` stopped by a signal still printing its summary. Runs in the integration-test phase (failsafe), after `package`. Skipped when `target/lorabench.jar` is absent or older than the sources (the launcher
/// would rebuild; build first with `mvn -o -q package -DskipTests`).
class LauncherIT {
    private static final Path JAR = Path.of("target/lorabench.jar");

    @BeforeAll
    static void needsAFreshJar() throws IOException {
        assumeTrue(Files.isRegularFile(JAR) && Files.isDirectory(Path.of("target/lib")), "no target/lorabench.jar");
        long built = Files.getLastModifiedTime(JAR).toMillis();
        try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("src/main")), Stream.of(Path.of("pom.xml")))) {
            assumeTrue(sources.filter(Files::isRegularFile).allMatch(p -> modified(p) <= built),
                    "target/lorabench.jar is older than the sources");
        }
    }

    @Test
    void theLauncherDecodesAFrame() throws Exception {
        Result r = exec(List.of("./lorabench", "frame", "decode", "80040302010300000673070AE264D4F7E117D2C0",
                "--nwkskey", "0102030405060708090A0B0C0D0E0F10", "--appskey", "100F0E0D0C0B0A090807060504030201"));
        assertEquals(0, r.exit(), r.err());
        JsonNode json = JsonOut.MAPPER.readTree(r.out());
        assertEquals("true", json.get("micValid").toString());
        assertEquals("01020304", json.get("payload").asText());
    }

    @Test
    void theLauncherRejectsBadInputWithOneLine() throws Exception {
        Result r = exec(List.of("./lorabench", "frame", "decode", "40DA1B0126"));
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(List.of("error: malformed frame: field fhdr.devAddr at byte 1: needs 4 byte(s) but only 0 remain"),
                r.err().lines().toList());
    }

    @Test
    void theJarRunsAForkedBenchmark() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Result r = exec(List.of(java, "-jar", JAR.toString(), "bench", "--quick", "--json", "--include",
                "UplinkDecodeBenchmark\\.decode11"));
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.err().contains("Non-forked"), "the benchmark ran in a forked JVM");
        JsonNode result = JsonOut.MAPPER.readTree(r.out()).get("results").get(0);
        assertEquals("lorabench.bench.UplinkDecodeBenchmark.decode11", result.get("benchmark").asText());
        assertTrue(result.get("score").asDouble() > 0);
    }

    /// SIGTERM (as Ctrl+C's SIGINT) on a long run: the run stops and still prints its summary, state "stopped",
    /// instead of the JVM halting before the command got to it.
    @Test
    void aStoppedRunStillPrintsItsSummary(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("year.json");
        Files.writeString(scenario, """
                {"name": "a year", "seed": 5, "duration": "365d", "clock": "virtual",
                 "gateways": [{"eui": "B827EBFFFE00000B", "latitude": 48.8584, "longitude": 2.2945}],
                 "devices": [{"name": "s", "count": 2, "devEui": {"prefix": "70B3D57EAB", "start": 1},
                   "activation": "OTAA", "macVersion": "1.0.4", "region": "EU868", "joinEui": "70B3D57ED0000000",
                   "keys": "generate", "placement": {"type": "circle", "latitude": 48.8584, "longitude": 2.2945,
                   "radius": 100}, "uplink": {"interval": "1m"}, "payload": {"type": "counter"},
                   "join": {"atStart": true, "spread": "1m"}}]}""");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", JAR + File.pathSeparator + "target/lib/*",
                "lorabench.app.Main", "sim", "run", scenario.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        // A hung process must fail the test, not hang the build: killing it ends the reads below.
        java.util.concurrent.CompletableFuture.delayedExecutor(120, TimeUnit.SECONDS).execute(p::destroyForcibly);
        try (var err = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = err.readLine(); // the first progress line: the run is under way
            } while (line != null && !line.contains("% virtual "));
            assertTrue(line != null, "a progress line before the end");
            p.toHandle().destroy(); // SIGTERM (Process.destroy would also close the pipes we read)
            var out = p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stopped");
            String text = new String(out, StandardCharsets.UTF_8);
            assertFalse(text.isBlank(), "the summary was printed before the JVM ended");
            JsonNode summary = JsonOut.MAPPER.readTree(text);
            assertEquals("stopped", summary.get("state").asText());
            assertTrue(summary.get("fraction").asDouble() < 1.0);
            assertEquals(2, summary.get("devices").asInt());
        } finally {
            p.destroyForcibly();
        }
    }

    private record Result(int exit, String out, String err) {}

    private static Result exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
