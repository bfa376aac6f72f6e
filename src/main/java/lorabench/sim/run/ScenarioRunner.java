// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import lorabench.clock.TaskScheduler;
import lorabench.clock.VirtualTimeScheduler;
import lorabench.lorawan.band.BandId;
import lorabench.sim.SessionSummary;
import lorabench.sim.Simulation;
import lorabench.sim.device.DeviceBehaviour;
import lorabench.sim.device.DeviceConfig;
import lorabench.sim.device.VirtualDevice;
import lorabench.sim.gateway.GatewayConfig;
import lorabench.sim.gateway.GatewayUplinkLink;
import lorabench.sim.radio.TransmissionKind;
import lorabench.sim.scenario.ClockMode;
import lorabench.sim.scenario.DeviceSpec;
import lorabench.sim.scenario.Expansion;
import lorabench.sim.scenario.GatewaySpec;

/// Runs an expanded scenario on a [Simulation]: puts its gateways on the air behind `link`, creates its devices, joins
/// the OTAA ones at their planned times and sends every device's periodic uplinks with its payload generator.
///
/// The runner knows no network server: the gateway link reaches one (UDP to any server, or an in-memory hub to the
/// embedded one, whose devices the caller provisions). On a [VirtualTimeScheduler] [#runVirtual] drives the clock
/// itself; on real time [#awaitRealTime] waits for the scenario's end. Both report progress and can be cancelled.
public final class ScenarioRunner {
    private final Simulation simulation;
    private final Expansion expansion;
    private final GatewayUplinkLink.Opener link;
    private final InitialStates initialStates;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CompletableFuture<Void> cancelSignal = new CompletableFuture<>();
    private final List<DeviceRun> runs = new ArrayList<>();
    private Instant start;
    private Instant realStart;
    private volatile String state = "created";

    /// @param initialStates the device-state store `simulation` was built with (it presets fixed data rates), or a
    ///                      fresh one when the simulation has another store (presets are then ignored)
    public ScenarioRunner(Simulation simulation, Expansion expansion, GatewayUplinkLink.Opener link,
            InitialStates initialStates) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.expansion = Objects.requireNonNull(expansion, "expansion");
        this.link = Objects.requireNonNull(link, "link");
        this.initialStates = Objects.requireNonNull(initialStates, "initialStates");
    }

    /// {@return the band of the scenario's gateways}: the region of its first device
    public static BandId band(Expansion e) {
        return e.devices().isEmpty() ? BandId.EU868 : e.devices().getFirst().identity().region();
    }

    /// Creates the gateways and devices and schedules the joins and uplinks from the scheduler's present instant.
    public synchronized void start() {
        if (start != null) {
            throw new IllegalStateException("the scenario was started already");
        }
        TaskScheduler clock = simulation.scheduler();
        start = clock.instant();
        realStart = Instant.now();
        state = "running";
        BandId band = band(expansion);
        boolean beacons = expansion.devices().stream()
                .anyMatch(d -> d.identity().deviceClass() == lorabench.sim.scenario.DeviceClass.B);
        for (GatewaySpec g : expansion.gateways()) {
            simulation.addGateway(GatewayConfig.of(g.eui(), DeviceConfigs.position(g.position()), band)
                    .withBeacons(beacons), link);
        }
        for (DeviceSpec spec : expansion.devices()) {
            DeviceConfig config = DeviceConfigs.of(spec.identity(), spec.position(), spec.adr());
            spec.dataRate().ifPresent(dr -> initialStates.presetDataRate(config, dr, clock));
            VirtualDevice device = simulation.addDevice(config);
            var b = spec.behaviour();
            device.setBehaviour(new DeviceBehaviour(b.ackDownlinks(), b.battery(),
                    java.util.OptionalInt.of(b.margin())));
            DeviceRun run = new DeviceRun(spec, device, clock, cancelled);
            runs.add(run);
            if (device.config().activation() instanceof lorabench.sim.device.Activation.Abp) {
                run.uplinkAfter(spec.firstUplinkAt());
            } else {
                spec.joinAt().ifPresent(run::joinAfter);
            }
        }
        clock.schedule(expansion.scenario().duration(), () -> {
            if (!cancelled.get()) {
                state = "finished";
            }
        });
    }

    /// Runs a virtual-time scenario to its end (or until cancelled), reporting progress every `step` of virtual
    /// time. {@return the closing report}
    public RunReport runVirtual(VirtualTimeScheduler clock, Duration step, Consumer<RunReport> progress) {
        if (start == null) {
            start();
        }
        Instant end = start.plus(expansion.scenario().duration());
        while (!cancelled.get() && clock.instant().isBefore(end)) {
            Instant next = clock.instant().plus(step);
            clock.runUntil(next.isAfter(end) ? end : next, cancelled::get); // a Stop takes effect at once
            progress.accept(progressReport());
        }
        finish();
        return report();
    }

    /// Waits on real time until the scenario's end or [#cancel], reporting progress every `step`.
    /// {@return the closing report}
    public RunReport awaitRealTime(Duration step, Consumer<RunReport> progress) throws InterruptedException {
        if (start == null) {
            start();
        }
        Instant end = start.plus(expansion.scenario().duration());
        while (!cancelled.get()) {
            Duration left = Duration.between(simulation.scheduler().instant(), end);
            if (left.isNegative() || left.isZero()) {
                break;
            }
            try {
                cancelSignal.get(Math.min(step.toMillis(), left.toMillis()) + 1, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                progress.accept(progressReport());
            } catch (ExecutionException e) {
                break;
            }
        }
        finish();
        return report();
    }

    /// Stops sending: no new join or uplink starts (those on the air complete).
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            state = "stopped";
            cancelSignal.complete(null);
        }
    }

    private void finish() {
        cancelled.set(true);
        if (state.equals("running")) {
            state = "finished";
        }
        cancelSignal.complete(null);
    }

    /// {@return what the run did so far}
    public RunReport report() {
        SessionSummary s = simulation.summary();
        long joinRequests = s.devices().values().stream().mapToLong(d -> d.joinRequests()).sum();
        return report(new Simulation.Totals(joinRequests, s.joins(), s.uplinksSent(), s.transmissions(),
                s.downlinksReceived(), s.packetErrorRate(), s.radio()), new java.util.TreeMap<>(s.airtimePerDevice()));
    }

    /// {@return [#report] without the airtime per device} ([RunReport#withoutDevices]), built from the simulation's
    /// totals alone: the progress lines of a run
    public RunReport progressReport() {
        return report(simulation.totals(), new java.util.TreeMap<>());
    }

    /// {@return the clock the run is on}: "virtual" or "real" as the command line or the GUI chose it, which may
    /// differ from the file's `clock` (`sim run --virtual-time` on a real-time file)
    private String clockName() {
        return (simulation.scheduler() instanceof VirtualTimeScheduler ? ClockMode.VIRTUAL : ClockMode.REAL).name()
                .toLowerCase(java.util.Locale.ROOT);
    }

    private RunReport report(Simulation.Totals s, java.util.SortedMap<lorabench.lorawan.types.Eui64, Duration> airtime) {
        Instant now = simulation.scheduler().instant();
        Duration virtual = start == null ? Duration.ZERO : Duration.between(start, now);
        Duration duration = expansion.scenario().duration();
        double fraction = Math.clamp((double) virtual.toNanos() / duration.toNanos(), 0, 1);
        long upTx = s.radio().transmissions().getOrDefault(TransmissionKind.UPLINK, 0L);
        return new RunReport(expansion.scenario().name(), expansion.scenario().seed(),
                clockName(), state, fraction,
                virtual, realStart == null ? Duration.ZERO : Duration.between(realStart, Instant.now()),
                expansion.devices().size(), expansion.gateways().size(), s.joinRequests(), s.joins(), s.uplinksSent(),
                upTx, s.radio().uplinksDelivered(), s.downlinksReceived(),
                s.radio().transmissions().getOrDefault(TransmissionKind.DOWNLINK, 0L),
                simulation.gateways().stream().mapToLong(g -> g.refusedDownlinks()).sum(), refusedByError(),
                s.packetErrorRate(),
                s.radio().collided(),
                airtime);
    }

    private java.util.SortedMap<String, Long> refusedByError() {
        java.util.SortedMap<String, Long> m = new java.util.TreeMap<>();
        simulation.gateways().forEach(g -> g.refusedByError().forEach((k, v) -> m.merge(k, v, Long::sum)));
        return m;
    }

    /// {@return `running`, `finished`, `stopped` or `created`}
    public String state() {
        return state;
    }

    public Expansion expansion() {
        return expansion;
    }
}
