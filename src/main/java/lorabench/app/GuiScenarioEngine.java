// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import lorabench.sim.run.RunReport;
import lorabench.sim.scenario.ClockMode;
import lorabench.sim.scenario.Expansion;
import lorabench.ui.scenarios.ScenarioEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Runs the Scenarios screen's scenarios as the control API does ([SimControl]): virtual time against an embedded
/// server of the run's own ([EmbeddedScenario#virtual]), real time against the GUI's server, whose store gets the
/// scenario's devices first so they show in Devices and their frames in Live frames. Each run has its own virtual
/// thread; [#close()] stops those still going when the window closes.
public final class GuiScenarioEngine implements ScenarioEngine, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GuiScenarioEngine.class);
    /// How often a real-time run reports.
    static final Duration REAL_TIME_STEP = Duration.ofSeconds(1);
    /// Virtual-time reports per run, as `lorabench sim run` makes them.
    static final int VIRTUAL_STEPS = 200;

    private final CompletableFuture<LoraBenchServer> server;
    private final Set<EmbeddedScenario> running = ConcurrentHashMap.newKeySet();

    /// @param server the GUI's server, once started (real-time runs wait for it)
    public GuiScenarioEngine(CompletableFuture<LoraBenchServer> server) {
        this.server = Objects.requireNonNull(server, "server");
    }

    @Override
    public Run start(Expansion expansion, ClockMode clock, Consumer<RunReport> progress) throws Exception {
        EmbeddedScenario run = switch (clock) {
            case VIRTUAL -> EmbeddedScenario.virtual(expansion);
            case REAL -> {
                LoraBenchServer s = server.get();
                ScenarioProvisioning.provisionForRun(s.database(), expansion.devices());
                String host = s.options().bindAddress().equals("0.0.0.0") ? "127.0.0.1" : s.options().bindAddress();
                yield EmbeddedScenario.realTime(expansion, Optional.of(new InetSocketAddress(host, s.udpPort())));
            }
        };
        running.add(run);
        CompletableFuture<RunReport> finished = new CompletableFuture<>();
        Duration step = expansion.scenario().duration().dividedBy(VIRTUAL_STEPS).plusNanos(1);
        Thread.ofVirtual().name("gui-scenario-" + expansion.scenario().name()).start(() -> {
            try (run) {
                finished.complete(run.run(step, REAL_TIME_STEP, progress));
            } catch (InterruptedException e) {
                finished.completeExceptionally(e);
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                LOG.error("scenario {} failed", expansion.scenario().name(), e);
                finished.completeExceptionally(e);
            } finally {
                running.remove(run);
            }
        });
        return new Run() {
            @Override
            public void cancel() {
                run.cancel();
            }

            @Override
            public CompletableFuture<RunReport> finished() {
                return finished;
            }
        };
    }

    /// Stops every run still going (their threads then close their stores and servers).
    @Override
    public void close() {
        running.forEach(EmbeddedScenario::cancel);
    }
}
