// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.control;

import java.io.Reader;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.UdpGatewayClient;
import lorabench.sim.Simulation;
import lorabench.sim.device.DeviceBehaviour;
import lorabench.sim.device.JoinOutcome;
import lorabench.sim.device.ReceivedDownlink;
import lorabench.sim.device.UplinkResult;
import lorabench.sim.device.VirtualDevice;
import lorabench.sim.gateway.GatewayConfig;
import lorabench.sim.gateway.UdpGatewayLink;
import lorabench.sim.gateway.VirtualGateway;
import lorabench.sim.radio.PathLossModel;
import lorabench.sim.radio.Position;
import lorabench.sim.run.DeviceConfigs;
import lorabench.sim.scenario.DeviceCsv;
import lorabench.sim.scenario.DeviceSpec;
import lorabench.sim.scenario.Expansion;
import lorabench.sim.scenario.Scenario;
import lorabench.sim.scenario.ScenarioException;
import lorabench.sim.scenario.ScenarioExpansion;
import lorabench.sim.scenario.ScenarioParser;
import lorabench.sim.scenario.Seeds;

/// The simulator's operations, shared by the HTTP API (`/api/sim`, DESIGN.md), the CLI and the GUI: virtual gateways
/// and devices on one real-time [Simulation] whose gateways speak Semtech UDP to a network server (by default the one
/// of this LoRaBench), joins, uplinks, downlinks, device behaviour, and scenario runs.
///
/// Creating a device does not provision it on any network server (DESIGN.md): the same virtual device may join
/// another server. Keys never leave through this service's results, and are never logged.
public final class SimulatorService implements AutoCloseable {
    /// How long a device may take to answer a join or an uplink before the service gives up waiting (the device
    /// keeps trying: 8 join attempts with the duty-cycle back-off can take minutes).
    public static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(10);

    private final TaskScheduler clock;
    private final Simulation simulation;
    private final InetSocketAddress defaultNetworkServer;
    private final ScenarioLauncher launcher;
    private final Map<Eui64, InetSocketAddress> gatewayTargets = new ConcurrentHashMap<>();
    private final Map<String, ScenarioLauncher.Run> scenarios = new ConcurrentHashMap<>();
    private final AtomicLong scenarioIds = new AtomicLong();
    private final long seed;

    public SimulatorService(TaskScheduler clock, long seed, InetSocketAddress defaultNetworkServer,
            ScenarioLauncher launcher) {
        this.clock = clock;
        this.seed = seed;
        this.simulation = new Simulation(clock, seed, PathLossModel.DEFAULT, Optional.empty());
        this.defaultNetworkServer = defaultNetworkServer;
        this.launcher = launcher;
    }

    /// A gateway as created: where it is and which network server it talks to.
    public record GatewayInfo(Eui64 gatewayEui, Position position, InetSocketAddress networkServer) {}

    /// Puts a gateway on the air, connected over UDP to `networkServer` (this server when empty).
    /// @throws SimControlException CONFLICT when the EUI is taken
    public synchronized GatewayInfo addGateway(Eui64 eui, Position position, Optional<InetSocketAddress> networkServer,
            BandId band) {
        if (simulation.gateway(eui).isPresent()) {
            throw new SimControlException(SimControlException.Kind.CONFLICT, "gatewayEui",
                    "gateway " + eui + " already exists");
        }
        InetSocketAddress target = networkServer.orElse(defaultNetworkServer);
        simulation.addGateway(GatewayConfig.of(eui, position, band).withBeacons(true),
                UdpGatewayLink.opener(target, new UdpGatewayClient.Options(Duration.ofSeconds(10),
                        Duration.ofSeconds(5)), clock, Seeds.random(Seeds.derive(seed, "gateway/" + eui))));
        gatewayTargets.put(eui, target);
        return info(simulation.gateway(eui).orElseThrow());
    }

    /// {@return every gateway}, by EUI
    public List<GatewayInfo> gateways() {
        return simulation.gateways().stream().sorted(Comparator.comparing(g -> g.config().eui().value()))
                .map(this::info).toList();
    }

    /// Removes a gateway. @throws SimControlException NOT_FOUND when there is none
    public synchronized void removeGateway(Eui64 eui) {
        if (!simulation.removeGateway(eui)) {
            throw SimControlException.notFound("gateway " + eui);
        }
        gatewayTargets.remove(eui);
    }

    private GatewayInfo info(VirtualGateway g) {
        return new GatewayInfo(g.config().eui(), g.position(),
                gatewayTargets.getOrDefault(g.config().eui(), defaultNetworkServer));
    }

    /// Creates a virtual device from import-format fields plus `latitude`, `longitude`, `altitude` (not provisioned
    /// anywhere). @throws SimControlException BAD_REQUEST naming the bad field, CONFLICT when the DevEUI is taken
    public synchronized VirtualDevice addDevice(Map<String, String> fields) {
        DeviceSpec spec = DeviceRequests.parse(fields);
        Eui64 devEui = spec.identity().devEui();
        if (simulation.device(devEui).isPresent()) {
            throw new SimControlException(SimControlException.Kind.CONFLICT, "devEui",
                    "device " + devEui + " already exists");
        }
        return simulation.addDevice(DeviceConfigs.of(spec.identity(), spec.position(), true));
    }

    /// What a bulk creation did: the devices created, in file order, and the rows refused.
    public record BulkResult(List<VirtualDevice> created, List<DeviceCsv.RowError> errors) {
        public BulkResult {
            created = List.copyOf(created);
            errors = List.copyOf(errors);
        }
    }

    /// Creates the virtual devices of `csv`, in the import format of DESIGN.md (a header row, then one device a row,
    /// plus the optional `latitude`, `longitude`, `altitude` columns), none of them provisioned anywhere. Every row
    /// is checked: bad rows and rows whose DevEUI already exists are refused (line, field, reason), the others
    /// created.
    public synchronized BulkResult addDevices(Reader csv) {
        DeviceCsv.Result r = DeviceCsv.read(csv);
        List<VirtualDevice> created = new ArrayList<>();
        List<DeviceCsv.RowError> errors = new ArrayList<>(r.errors());
        for (int i = 0; i < r.devices().size(); i++) {
            DeviceSpec spec = r.devices().get(i);
            Eui64 devEui = spec.identity().devEui();
            if (simulation.device(devEui).isPresent()) {
                errors.add(new DeviceCsv.RowError(r.lines().get(i), "devEui", "device " + devEui
                        + " already exists"));
            } else {
                created.add(simulation.addDevice(DeviceConfigs.of(spec.identity(), spec.position(), true)));
            }
        }
        errors.sort(Comparator.comparingInt(DeviceCsv.RowError::line));
        return new BulkResult(created, errors);
    }

    /// {@return every device}, by DevEUI
    public List<VirtualDevice> devices() {
        return simulation.devices().stream().sorted(Comparator.comparing(d -> d.config().devEui().value())).toList();
    }

    /// {@return the device} @throws SimControlException NOT_FOUND when there is none
    public VirtualDevice device(Eui64 devEui) {
        return simulation.device(devEui).orElseThrow(() -> SimControlException.notFound("device " + devEui));
    }

    /// Removes a device. @throws SimControlException NOT_FOUND when there is none
    public void removeDevice(Eui64 devEui) {
        if (!simulation.removeDevice(devEui)) {
            throw SimControlException.notFound("device " + devEui);
        }
    }

    /// Joins (OTAA); {@return the outcome once a join-accept arrived or every attempt failed}
    public CompletableFuture<JoinOutcome> join(Eui64 devEui) {
        return device(devEui).join();
    }

    /// Sends an uplink; {@return its result after its receive windows}
    /// @throws SimControlException BAD_REQUEST for an FPort outside 1..223, CONFLICT when the device is not joined
    public CompletableFuture<UplinkResult> uplink(Eui64 devEui, int fPort, Bytes payload, boolean confirmed) {
        VirtualDevice d = device(devEui);
        if (fPort < 1 || fPort > 223) {
            throw SimControlException.bad("fPort", "must be 1..223, got " + fPort);
        }
        if (!d.state().joined()) {
            throw new SimControlException(SimControlException.Kind.CONFLICT, "", "device " + devEui
                    + " is not joined");
        }
        return d.sendUplink(fPort, payload, confirmed);
    }

    /// {@return the downlinks the device accepted}, oldest first
    public List<ReceivedDownlink> downlinks(Eui64 devEui) {
        return device(devEui).downlinks();
    }

    public void setBehaviour(Eui64 devEui, DeviceBehaviour behaviour) {
        device(devEui).setBehaviour(behaviour);
    }

    /// Starts a scenario given as the text of a scenario file. {@return its id}
    /// @throws SimControlException BAD_REQUEST with the scenario's JSON path when it is invalid
    public String startScenario(String scenarioJson) {
        Expansion e;
        try {
            Scenario s = new ScenarioParser().parseSelfContained(scenarioJson);
            e = ScenarioExpansion.expand(s);
        } catch (ScenarioException x) {
            throw SimControlException.bad(x.path(), x.reason());
        }
        String id = Long.toString(scenarioIds.incrementAndGet());
        scenarios.put(id, launcher.launch(e));
        return id;
    }

    /// {@return the scenario run} @throws SimControlException NOT_FOUND when there is none
    public ScenarioLauncher.Run scenario(String id) {
        ScenarioLauncher.Run r = scenarios.get(id);
        if (r == null) {
            throw SimControlException.notFound("scenario " + id);
        }
        return r;
    }

    /// Stops a scenario. @throws SimControlException NOT_FOUND when there is none
    public void stopScenario(String id) {
        scenario(id).cancel();
    }

    public Collection<String> scenarioIds() {
        return List.copyOf(scenarios.keySet());
    }

    /// Stops every scenario and removes every device and gateway.
    @Override
    public void close() {
        scenarios.values().forEach(ScenarioLauncher.Run::cancel);
        simulation.close();
    }
}
