// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import lorabench.bench.BenchRunner;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.RunnerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `lorabench bench [--quick] [--include REGEX] [--json]`: runs the JMH benchmarks ([BenchRunner]). JMH's progress
/// goes to stderr; stdout gets a table, or with `--json` one JSON document
/// `{"quick", "forks", "warmupIterations", "measurementIterations", "iterationTime", "results": [{"benchmark",
/// "mode", "score", "error", "unit"}]}` (error is null when one iteration gives no confidence interval).
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the JMH benchmarks (frame decoding, crypto) and prints their scores.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "smoke run: 1 warm-up and 1 measurement iteration of 0.5 s")
    boolean quick;

    @Option(names = "--include", paramLabel = "REGEX", defaultValue = BenchRunner.ALL,
            description = "benchmarks to run, a regular expression over package.Class.method"
                    + " (default: every benchmark)")
    String include;

    @Option(names = "--json", description = "print the scores as one JSON document")
    boolean json;

    @Option(names = "--forks", paramLabel = "N", defaultValue = "1",
            description = "forked JVMs per benchmark (default: ${DEFAULT-VALUE}; 0 runs in this JVM, less reliable)")
    int forks;

    @Override
    public Integer call() {
        BenchRunner.Settings settings;
        try {
            Pattern.compile(include);
            settings = new BenchRunner.Settings(include, quick, forks);
        } catch (PatternSyntaxException e) {
            throw new UsageException("--include is not a regular expression: " + e.getDescription());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        List<BenchRunner.Score> scores;
        try (PrintStream progress = new PrintStream(new WriterStream(err), true, StandardCharsets.UTF_8)) {
            scores = BenchRunner.run(settings, progress);
        } catch (NoBenchmarksException e) {
            throw new UsageException("no benchmark matches --include '" + include + "'", e);
        } catch (RunnerException e) {
            // not bad input: a benchmark failed or a forked JVM did not start (exit 1)
            throw new IllegalStateException("benchmark run failed: " + (e.getCause() != null ? e.getCause() : e), e);
        }
        if (json) {
            JsonOut.print(spec, toJson(settings, scores));
        } else {
            printTable(spec.commandLine().getOut(), scores);
        }
        return 0;
    }

    private static ObjectNode toJson(BenchRunner.Settings settings, List<BenchRunner.Score> scores) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("quick", settings.quick());
        root.put("forks", settings.forks());
        root.put("warmupIterations", settings.warmupIterations());
        root.put("measurementIterations", settings.measurementIterations());
        root.put("iterationTime", settings.iterationTime().toString());
        ArrayNode results = root.putArray("results");
        for (BenchRunner.Score s : scores) {
            ObjectNode o = results.addObject();
            o.put("benchmark", s.benchmark());
            o.put("mode", s.mode());
            o.put("score", s.score());
            if (Double.isFinite(s.error())) {
                o.put("error", s.error());
            } else {
                o.putNull("error");
            }
            o.put("unit", s.unit());
        }
        return root;
    }

    private static void printTable(PrintWriter out, List<BenchRunner.Score> scores) {
        out.printf("%-60s %5s %16s %14s  %s%n", "Benchmark", "Mode", "Score", "Error", "Units");
        for (BenchRunner.Score s : scores) {
            out.printf("%-60s %5s %16.3f %14s  %s%n", s.benchmark(), s.mode(), s.score(),
                    Double.isFinite(s.error()) ? String.format("± %.3f", s.error()) : "", s.unit());
        }
        out.flush();
    }
}
