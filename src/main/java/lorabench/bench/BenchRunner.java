// SPDX-License-Identifier: Apache-2.0
package lorabench.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/// Runs the JMH benchmarks of this package in-process through JMH's [Runner] (what `lorabench bench` does).
///
/// The benchmark list comes from `META-INF/BenchmarkList`, which JMH's annotation processor writes at compile
/// time. Forked benchmark JVMs get the host's `java.class.path` (from `java -jar lorabench.jar`, the jar whose
/// manifest `Class-Path` names `lib/*`) and explicit JVM options, so they do not inherit the launcher's
/// `-XX:TieredStopAtLevel=1`, which would measure the C1 compiler only.
public final class BenchRunner {
    /// The default selection: every benchmark of this package.
    public static final String ALL = "lorabench\\.bench\\..*";

    /// JVM options of a forked benchmark JVM: a fixed heap so GC sizing does not drift between runs.
    static final List<String> FORK_JVM_ARGS = List.of("-Xms256m", "-Xmx256m", "--enable-native-access=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow");

    /// How to run.
    /// @param include regular expression over `package.Class.method` names
    /// @param quick   a smoke run: 1 warm-up and 1 measurement iteration of 0.5 s, instead of 3 x 2 s and 5 x 2 s
    /// @param forks   forked JVMs per benchmark; 0 runs in this JVM (for tests only: numbers are less reliable)
    public record Settings(String include, boolean quick, int forks) {
        public Settings {
            Objects.requireNonNull(include, "include");
            if (forks < 0) {
                throw new IllegalArgumentException("forks must be 0 or more, got " + forks);
            }
        }

        public int warmupIterations() {
            return quick ? 1 : 3;
        }

        public int measurementIterations() {
            return quick ? 1 : 5;
        }

        public TimeValue iterationTime() {
            return quick ? TimeValue.milliseconds(500) : TimeValue.seconds(2);
        }
    }

    /// One benchmark's score. `error` is the 99.9% confidence half-width, NaN with a single iteration.
    public record Score(String benchmark, String mode, double score, double error, String unit) {}

    private BenchRunner() {}

    /// {@return the scores of the selected benchmarks}, in name order; JMH's progress goes to `progress`
    /// @throws RunnerException when nothing matches `include` or a benchmark fails
    public static List<Score> run(Settings settings, PrintStream progress) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(settings.include())
                .forks(settings.forks())
                .warmupIterations(settings.warmupIterations())
                .warmupTime(settings.iterationTime())
                .measurementIterations(settings.measurementIterations())
                .measurementTime(settings.iterationTime())
                .threads(1)
                .jvmArgs(FORK_JVM_ARGS.toArray(String[]::new))
                .shouldFailOnError(true)
                .build();
        List<Score> scores = new ArrayList<>();
        for (RunResult r : new Runner(options, OutputFormatFactory.createFormatInstance(progress, VerboseMode.NORMAL))
                .run()) {
            Result<?> p = r.getPrimaryResult();
            scores.add(new Score(r.getParams().getBenchmark(), r.getParams().getMode().shortLabel(), p.getScore(),
                    p.getScoreError(), p.getScoreUnit()));
        }
        scores.sort(Comparator.comparing(Score::benchmark));
        return List.copyOf(scores);
    }
}
