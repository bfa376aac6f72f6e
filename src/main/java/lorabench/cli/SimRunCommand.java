// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import lorabench.app.EmbeddedScenario;
import lorabench.sim.run.RunReport;
import lorabench.sim.scenario.ClockMode;
import lorabench.sim.scenario.Expansion;
import lorabench.sim.scenario.NetworkServer;
import lorabench.sim.scenario.Scenario;
import lorabench.sim.scenario.ScenarioException;
import lorabench.sim.scenario.ScenarioExpansion;
import lorabench.sim.scenario.ScenarioParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `lorabench sim run SCENARIO [--ns HOST:PORT] [--virtual-time] [--session-log FILE]`: runs a scenario file
/// (docs/scenarios.md). Progress goes to stderr (one updating line on a terminal, a line every 10 s otherwise); the
/// closing summary is one JSON document on stdout ([RunReport#toMap()]). A bad scenario file exits 2 with the
/// parser's `path: reason`.
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs a scenario file and prints its summary (joins, uplinks, downlinks, packet error rate, "
                + "airtime per device).")
final class SimRunCommand implements Callable<Integer> {
    /// How long a Ctrl+C waits for the summary: closing a real-time run (its gateways and server link) and writing
    /// the session log take well under this.
    private static final Duration SUMMARY_GRACE = Duration.ofSeconds(20);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario file (JSON)")
    Path file;

    @Option(names = "--ns", paramLabel = "HOST:PORT",
            description = "real time, gateways speaking Semtech UDP to this network server (default: the scenario's "
                    + "networkServer, or an embedded server)")
    String ns;

    @Option(names = "--virtual-time", description = "accelerated virtual time against the embedded server")
    boolean virtualTime;

    @Option(names = "--session-log", paramLabel = "FILE",
            description = "write the embedded server's session log as JSONL to FILE after the run")
    Path sessionLog;

    @Override
    public Integer call() throws Exception {
        if (virtualTime && ns != null) {
            throw new UsageException("--virtual-time runs against the embedded server; it cannot be used with --ns");
        }
        Scenario scenario;
        Expansion expansion;
        try {
            if (!Files.isRegularFile(file)) {
                throw new UsageException(file + ": no such scenario file");
            }
            scenario = new ScenarioParser().parse(file);
            expansion = ScenarioExpansion.expand(scenario);
        } catch (ScenarioException e) {
            throw new UsageException(file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UsageException(file + ": " + (e.getCause() instanceof NoSuchFileException ? "no such file"
                    : e.getCause().getMessage()), e);
        }
        Optional<InetSocketAddress> target = target(scenario);
        boolean virtual = virtualTime || (target.isEmpty() && ns == null && scenario.clock() == ClockMode.VIRTUAL);
        if (sessionLog != null && target.isPresent()) {
            throw new UsageException("--session-log needs the embedded server (no --ns)");
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean tty = System.console() != null;
        Progress progress = new Progress(err, tty);
        RunReport report;
        CountDownLatch reported = new CountDownLatch(1);
        try {
            try (EmbeddedScenario run = virtual ? EmbeddedScenario.virtualUnattended(expansion)
                    : EmbeddedScenario.realTime(expansion, target)) {
                Thread hook = Thread.ofPlatform().unstarted(() -> stopAndAwait(run, reported));
                Runtime.getRuntime().addShutdownHook(hook);
                try {
                    report = run.run(scenario.duration().dividedBy(200).plusNanos(1),
                            Duration.ofSeconds(tty ? 1 : 10), progress::show);
                } finally {
                    removeHook(hook);
                }
                progress.done();
                if (sessionLog != null) {
                    try (OutputStream out = Files.newOutputStream(sessionLog)) {
                        run.writeSessionLog(out);
                    } catch (IOException e) {
                        throw new UsageException("cannot write " + sessionLog + ": " + e.getMessage(), e);
                    }
                }
            }
            JsonOut.print(spec, JsonOut.MAPPER.valueToTree(report.toMap()));
        } finally {
            reported.countDown();
        }
        return 0;
    }

    /// Ctrl+C or SIGTERM: stops the run, then holds the JVM's shutdown until this command has closed the run and
    /// printed its summary (state "stopped", what was sent so far) and session log, so a stopped run still
    /// reports; bounded, in case the command is stuck.
    private static void stopAndAwait(EmbeddedScenario run, CountDownLatch reported) {
        run.cancel();
        try {
            reported.await(SUMMARY_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<InetSocketAddress> target(Scenario scenario) {
        String text = ns != null ? ns
                : scenario.networkServer() instanceof NetworkServer.Udp u && !virtualTime ? u.toString() : null;
        if (text == null) {
            return Optional.empty();
        }
        int colon = text.lastIndexOf(':');
        try {
            int port = Integer.parseInt(text.substring(colon + 1));
            if (colon <= 0 || port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return Optional.of(new InetSocketAddress(text.substring(0, colon).replace("[", "").replace("]", ""),
                    port));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new UsageException("--ns must be HOST:PORT like 127.0.0.1:1700, got '" + text + "'");
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // NOTE: the JVM is shutting down already; the hook has run.
        }
    }

    /// The progress display on stderr.
    private static final class Progress {
        private final PrintWriter err;
        private final boolean tty;
        private long lastLine;

        Progress(PrintWriter err, boolean tty) {
            this.err = err;
            this.tty = tty;
        }

        /// The scenario clock as `H:MM:SS` (days add hours): a Duration's ISO form with its airtime-sized
        /// nanoseconds ("PT21M36.000000003S") is hard to read in a progress line.
        static String clockTime(java.time.Duration d) {
            long s = d.toSeconds();
            return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }

        void show(RunReport r) {
            String line = String.format(Locale.ROOT, "%5.1f%% virtual %s real %.1fs joins %d/%d uplinks %d "
                    + "downlinks %d/%d sent (%d refused) PER %.3f", r.fraction() * 100, clockTime(r.virtualElapsed()),
                    r.realElapsed().toMillis() / 1000.0, r.joins(), r.devices(), r.uplinks(), r.downlinks(),
                    r.downlinksSent(), r.downlinksRefused(), r.packetErrorRate());
            if (tty) {
                err.print("\r" + line + "\u001B[K");
                err.flush();
            } else {
                long now = r.realElapsed().toSeconds();
                if (now >= lastLine + 10 || r.fraction() >= 1) {
                    lastLine = now;
                    err.println(line);
                    err.flush();
                }
            }
        }

        void done() {
            if (tty) {
                err.println();
                err.flush();
            }
        }
    }
}
