// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// End to end through the real launcher and jar, once: `./lorabench frame decode` (exit 0 with JSON, exit 2 with
/// one line), and `lorabench bench` from `java -jar`, whose forked JMH JVM must find every class through the jar's
/// manifest `Class-Path`. Runs in the integration-test phase (failsafe), after `package`. Skipped when `target/lorabench.jar` is absent or older than the sources (the launcher
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
