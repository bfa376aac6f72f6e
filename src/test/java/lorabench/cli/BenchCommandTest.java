// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/// `lorabench bench` in-process, with `--forks 0` so the test JVM runs the benchmark itself (the forked run from the
/// real jar is in [LauncherTest]). Only the shape of the result is asserted, never a speed.
class BenchCommandTest {
    @Test
    void runsTheSelectedBenchmarkAndPrintsJson() {
        Cli.Run run = Cli.run("bench", "--quick", "--forks", "0", "--json", "--include",
                "UplinkDecodeBenchmark\\.decode10");
        assertEquals(0, run.exit(), run::err);
        assertTrue(run.err().contains("UplinkDecodeBenchmark.decode10"), "JMH progress goes to stderr");
        JsonNode json;
        try {
            json = JsonOut.MAPPER.readTree(run.out());
        } catch (Exception e) {
            throw new AssertionError(run.out(), e);
        }
        assertEquals(true, json.get("quick").asBoolean());
        assertEquals(0, json.get("forks").asInt());
        assertEquals(1, json.get("results").size());
        JsonNode r = json.get("results").get(0);
        assertEquals("lorabench.bench.UplinkDecodeBenchmark.decode10", r.get("benchmark").asText());
        assertEquals("thrpt", r.get("mode").asText());
        assertEquals("ops/s", r.get("unit").asText());
        assertTrue(r.get("score").asDouble() > 0, r::toString);
        assertTrue(r.get("error").isNull(), "one iteration has no confidence interval");
    }

    @Test
    void printsATableWithoutJson() {
        Cli.Run run = Cli.run("bench", "--quick", "--forks", "0", "--include", "UplinkCryptoBenchmark\\.micOnly");
        assertEquals(0, run.exit(), run::err);
        assertTrue(run.out().startsWith("Benchmark"), run.out());
        assertTrue(run.out().contains("lorabench.bench.UplinkCryptoBenchmark.micOnly"), run.out());
    }

    @Test
    void rejectsASelectionThatMatchesNothing() {
        Cli.run("bench", "--quick", "--include", "NoSuchBenchmark").assertRejected("no benchmark matches --include 'NoSuchBenchmark'");
    }

    @Test
    void rejectsABadRegularExpression() {
        Cli.run("bench", "--include", "(").assertRejected("--include is not a regular expression");
    }

    @Test
    void rejectsNegativeForks() {
        Cli.run("bench", "--forks", "-1").assertRejected("forks must be 0 or more");
    }
}
