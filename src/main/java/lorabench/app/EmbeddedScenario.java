// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import lorabench.clock.RealTimeScheduler;
import lorabench.clock.TaskScheduler;
import lorabench.clock.VirtualTimeScheduler;
import lorabench.packetforwarder.InMemoryGatewayHub;
import lorabench.packetforwarder.UdpGatewayClient;
import lorabench.server.NetworkServerConfig;
import lorabench.server.NetworkServerRuntime;
import lorabench.server.export.ExportFormat;
import lorabench.server.export.SessionLogExport;
import lorabench.sim.Simulation;
import lorabench.sim.gateway.GatewayUplinkLink;
import lorabench.sim.gateway.InMemoryGatewayLink;
import lorabench.sim.gateway.UdpGatewayLink;
import lorabench.sim.radio.PathLossModel;
import lorabench.sim.run.InitialStates;
import lorabench.sim.run.RunReport;
import lorabench.sim.run.ScenarioRunner;
import lorabench.sim.scenario.Expansion;
import lorabench.sim.scenario.RadioParameters;
import lorabench.sim.scenario.Seeds;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.DeferredIndexes;
import lorabench.store.SessionLogQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// A scenario run composed with its network server: the one place that sees both the simulator and the server.
///
/// - **Virtual time**: one [VirtualTimeScheduler] drives the devices, the gateways, an [InMemoryGatewayHub] and an
///   embedded [NetworkServerRuntime] running on the same scheduler loop (in-memory H2), so a day of traffic runs as
///   fast as the CPU allows and the same seed gives the same session log, byte for byte (decision 0010).
/// - **Real time**: a [RealTimeScheduler] and UDP gateway links, to the given network server or to an embedded one
///   on an ephemeral loopback port.
///
/// The embedded server's randomness (DevAddr allocation, tokens) is seeded from the scenario's seed; the scenario's
/// devices are provisioned on it through the import service before the run.
public final class EmbeddedScenario implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedScenario.class);
    private static final AtomicLong RUNS = new AtomicLong();

    private final Expansion expansion;
    private final TaskScheduler clock;
    private final Optional<Database> database;
    private final Optional<NetworkServerRuntime> server;
    private final Simulation simulation;
    private final ScenarioRunner runner;
    private final List<AutoCloseable> owned;

    private EmbeddedScenario(Expansion expansion, TaskScheduler clock, Optional<Database> database,
            Optional<NetworkServerRuntime> server, Simulation simulation, ScenarioRunner runner,
            List<AutoCloseable> owned) {
        this.expansion = expansion;
        this.clock = clock;
        this.database = database;
        this.server = server;
        this.simulation = simulation;
        this.runner = runner;
        this.owned = owned;
    }

    /// Composes a virtual-time run against the embedded server (nothing runs until [#run]).
    public static EmbeddedScenario virtual(Expansion expansion) {
        return virtual(expansion, false);
    }

    /// Composes a virtual-time run whose store is read only after it, through [#writeSessionLog] (the command line's
    /// `sim run`): the secondary indexes of the session log and the uplinks are built once, when the log is first
    /// written out, instead of row by row during the run ([DeferredIndexes], decision 0018). Nothing else differs
    /// from [#virtual(Expansion)].
    public static EmbeddedScenario virtualUnattended(Expansion expansion) {
        return virtual(expansion, true);
    }

    private static EmbeddedScenario virtual(Expansion expansion, boolean deferLogIndexes) {
        long seed = expansion.scenario().seed();
        VirtualTimeScheduler clock = new VirtualTimeScheduler(expansion.scenario().start());
        List<AutoCloseable> owned = new ArrayList<>();
        Database db = Database.open(DatabaseConfig.h2Memory("scenario-" + RUNS.incrementAndGet()), clock);
        owned.add(db);
        try {
            if (deferLogIndexes) {
                DeferredIndexes.suspend(db);
            }
            InMemoryGatewayHub[] hub = new InMemoryGatewayHub[1];
            NetworkServerRuntime rt = NetworkServerRuntime.startOnSchedulerLoop(NetworkServerConfig.DEFAULT, db,
                    clock, (gw, txpk) -> hub[0].sendPullResp(gw, txpk), Seeds.random(Seeds.derive(seed, "server")));
            owned.add(rt);
            hub[0] = new InMemoryGatewayHub(clock, rt.gatewayListener(), Seeds.random(Seeds.derive(seed, "hub")));
            ScenarioProvisioning.provision(db, expansion.devices());
            return compose(expansion, clock, Optional.of(db), Optional.of(rt), InMemoryGatewayLink.opener(hub[0]),
                    owned);
        } catch (RuntimeException e) {
            closeAll(owned.reversed());
            throw e;
        }
    }

    /// Composes a real-time run whose gateways speak UDP to `networkServer`, or to an embedded server on an
    /// ephemeral loopback port (with the scenario's devices provisioned) when empty.
    public static EmbeddedScenario realTime(Expansion expansion, Optional<InetSocketAddress> networkServer) {
        long seed = expansion.scenario().seed();
        RealTimeScheduler clock = new RealTimeScheduler("scenario");
        List<AutoCloseable> owned = new ArrayList<>();
        owned.add(clock);
        try {
            Optional<Database> db = Optional.empty();
            Optional<NetworkServerRuntime> rt = Optional.empty();
            InetSocketAddress target;
            if (networkServer.isPresent()) {
                target = networkServer.get();
            } else {
                Database d = Database.open(DatabaseConfig.h2Memory("scenario-" + RUNS.incrementAndGet()), clock);
                owned.add(d);
                NetworkServerRuntime r = NetworkServerRuntime.startUdp(NetworkServerConfig.DEFAULT.withUdpPort(0), d,
                        clock, Seeds.random(Seeds.derive(seed, "server")));
                owned.add(r);
                ScenarioProvisioning.provision(d, expansion.devices());
                target = new InetSocketAddress("127.0.0.1", r.udp().orElseThrow().port());
                db = Optional.of(d);
                rt = Optional.of(r);
            }
            RandomGenerator linkRandom = Seeds.random(Seeds.derive(seed, "links"));
            GatewayUplinkLink.Opener link = UdpGatewayLink.opener(target,
                    new UdpGatewayClient.Options(Duration.ofSeconds(10), Duration.ofSeconds(5)), clock, linkRandom);
            return compose(expansion, clock, db, rt, link, owned);
        } catch (RuntimeException e) {
            closeAll(owned.reversed());
            throw e;
        }
    }

    private static EmbeddedScenario compose(Expansion expansion, TaskScheduler clock, Optional<Database> db,
            Optional<NetworkServerRuntime> rt, GatewayUplinkLink.Opener link, List<AutoCloseable> owned) {
        InitialStates states = new InitialStates();
        Simulation sim = new Simulation(clock, Seeds.derive(expansion.scenario().seed(), "radio"),
                pathLoss(expansion.scenario().radio()), Optional.of(states));
        owned.add(0, sim);
        return new EmbeddedScenario(expansion, clock, db, rt, sim, new ScenarioRunner(sim, expansion, link, states),
                owned);
    }

    /// {@return the radio model of a scenario's `radio` section} (the noise figure is the radio model's own, 6 dB)
    static PathLossModel pathLoss(RadioParameters r) {
        return new PathLossModel(r.referenceDistanceM(), r.referenceLossDb(), r.pathLossExponent(),
                r.shadowingSigmaDb(), 0);
    }

    /// Runs the scenario to its end or until [#cancel], reporting progress every `virtualStep` of virtual time
    /// (virtual runs) or every `realStep` (real-time runs). {@return the closing report}
    public RunReport run(Duration virtualStep, Duration realStep, Consumer<RunReport> progress)
            throws InterruptedException {
        if (clock instanceof VirtualTimeScheduler v) {
            return runner.runVirtual(v, virtualStep, progress);
        }
        return runner.awaitRealTime(realStep, progress);
    }

    public void cancel() {
        runner.cancel();
    }

    /// Writes the embedded server's session log as JSONL. {@return how many entries}
    /// @throws IllegalStateException when the run uses an external network server
    public long writeSessionLog(OutputStream out) throws IOException {
        Database db = database.orElseThrow(() -> new IllegalStateException("no embedded network server"));
        DeferredIndexes.restore(db);
        return new SessionLogExport(db).write(SessionLogQuery.all(), ExportFormat.JSONL, out);
    }

    public Expansion expansion() {
        return expansion;
    }

    public TaskScheduler clock() {
        return clock;
    }

    public Simulation simulation() {
        return simulation;
    }

    public ScenarioRunner runner() {
        return runner;
    }

    public Optional<Database> database() {
        return database;
    }

    public Optional<NetworkServerRuntime> server() {
        return server;
    }

    @Override
    public void close() {
        runner.cancel();
        closeAll(owned.reversed());
    }

    private static void closeAll(List<AutoCloseable> list) {
        for (AutoCloseable c : list) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", c, e.toString());
            }
        }
    }
}
