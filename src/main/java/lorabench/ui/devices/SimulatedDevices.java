// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.UdpGatewayClient;
import lorabench.sim.Simulation;
import lorabench.sim.device.Activation;
import lorabench.sim.device.DeviceBehaviour;
import lorabench.sim.device.DeviceClass;
import lorabench.sim.device.DeviceConfig;
import lorabench.sim.device.JoinOutcome;
import lorabench.sim.device.ReceivedDownlink;
import lorabench.sim.device.VirtualDevice;
import lorabench.sim.gateway.GatewayConfig;
import lorabench.sim.gateway.UdpGatewayLink;
import lorabench.sim.gateway.VirtualGateway;
import lorabench.sim.radio.Position;
import lorabench.store.Device;

/// [VirtualDeviceActions] over an in-process [Simulation] whose virtual gateways reach the embedded server over
/// the Semtech UDP protocol on 127.0.0.1, exactly as real gateways would: "Add virtual device" in the GUI provisions
/// the device on the server and puts its twin on the air here.
///
/// Gateways stand at a fixed place; each new device is placed a few hundred metres east of it, well within range.
public final class SimulatedDevices implements VirtualDeviceActions, AutoCloseable {
    /// Where the first virtual gateway stands (the devices are laid out to its east).
    static final Position SITE = new Position(46.5197, 6.5668, 400);
    /// The EUI of the gateway added automatically with the first virtual device.
    public static final Eui64 DEFAULT_GATEWAY = Eui64.parse("AA555A0000000001");

    private final Simulation simulation;
    private final Supplier<InetSocketAddress> server;
    private final RandomGenerator random;

    /// @param simulation runs on a real-time scheduler
    /// @param server     the embedded server's UDP address (asked when the first gateway is added)
    public SimulatedDevices(Simulation simulation, Supplier<InetSocketAddress> server, RandomGenerator random) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.server = Objects.requireNonNull(server, "server");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public boolean isVirtual(Eui64 devEui) {
        return simulation.device(devEui).isPresent();
    }

    @Override
    public List<Eui64> gateways() {
        return simulation.gateways().stream().map(g -> g.config().eui()).sorted().toList();
    }

    @Override
    public synchronized CompletableFuture<Eui64> addGateway(Eui64 eui) {
        return addGateway(eui, nextGatewaySite());
    }

    /// Adds a virtual gateway standing at `at`, connected to the embedded server over UDP. {@return its EUI}, or a
    /// failed future when the EUI is taken or the server's address is not known yet
    public synchronized CompletableFuture<Eui64> addGateway(Eui64 eui, Position at) {
        try {
            var opener = UdpGatewayLink.opener(server.get(), new UdpGatewayClient.Options(Duration.ofSeconds(5),
                    Duration.ofSeconds(5)), simulation.scheduler(), random);
            simulation.addGateway(GatewayConfig.of(eui, at, lorabench.lorawan.band.BandId.EU868), opener);
            return CompletableFuture.completedFuture(eui);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /// {@return where the next automatically placed gateway stands}: 2 km east of the previous one
    public synchronized Position nextGatewaySite() {
        return SITE.east(2_000.0 * simulation.gateways().size());
    }

    /// {@return the virtual gateways, in EUI order}: their settings and live counters
    public List<VirtualGateway> virtualGateways() {
        return simulation.gateways().stream().sorted(java.util.Comparator.comparing(g -> g.config().eui()))
                .toList();
    }

    /// {@return where each virtual device is}, by DevEUI
    public java.util.Map<Eui64, Position> devicePositions() {
        java.util.Map<Eui64, Position> out = new java.util.HashMap<>();
        for (VirtualDevice d : simulation.devices()) {
            out.put(d.config().devEui(), d.position());
        }
        return out;
    }

    @Override
    public synchronized CompletableFuture<Void> create(Device device) {
        try {
            if (simulation.gateways().isEmpty()) {
                addGateway(DEFAULT_GATEWAY).join();
            }
            simulation.addDevice(config(device, SITE.east(150.0 + 40.0 * simulation.devices().size())));
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /// {@return the simulator's settings for the provisioned `device`}
    static DeviceConfig config(Device d, Position position) {
        var appKey = d.appKey().or(() -> d.abpKeys().flatMap(lorabench.store.SessionKeys::appSKey))
                .orElseThrow(() -> new IllegalArgumentException("the application holds the keys of " + d.devEui()
                        + ": the network cannot give them to a virtual device"));
        var c = DeviceConfig.otaa(d.devEui(), d.joinEui().orElse(new Eui64(0)), appKey, d.nwkKey().orElse(appKey),
                d.macVersion(), d.region(), position).withClass(DeviceClass.valueOf(d.deviceClass().name()));
        if (d.activation() == lorabench.store.Activation.ABP) {
            var k = d.abpKeys().orElseThrow();
            c = c.withActivation(new Activation.Abp(d.devAddr().orElseThrow(), new SessionKeys.Keys11(
                    k.fNwkSIntKey(), k.sNwkSIntKey(), k.nwkSEncKey(), k.appSKey().orElseThrow())));
        }
        return c;
    }

    @Override
    public CompletableFuture<JoinResult> join(Eui64 devEui) {
        return device(devEui).thenCompose(VirtualDevice::join).thenApply(o -> switch (o) {
            case JoinOutcome.Accepted a -> new JoinResult(true, Optional.of(a.devAddr()), a.attempts(), "");
            case JoinOutcome.Failed f -> new JoinResult(false, Optional.empty(), f.attempts(), f.reason());
        });
    }

    @Override
    public CompletableFuture<UplinkReport> sendUplink(Eui64 devEui, int fPort, Bytes payload, boolean confirmed) {
        return device(devEui).thenCompose(d -> d.sendUplink(fPort, payload, confirmed)).thenApply(r ->
                new UplinkReport(r.fCnt(), confirmed, r.acked(), r.transmissions(), r.downlink().map(
                        SimulatedDevices::describe)));
    }

    static String describe(ReceivedDownlink d) {
        return String.format(Locale.ROOT, "%s downlink FCnt %d%s%s in %s", d.confirmed() ? "confirmed" : "unconfirmed",
                d.fCnt(), d.fPort().map(p -> " on FPort " + p).orElse(""),
                d.payload().isEmpty() ? "" : " payload " + d.payload().toHex(), d.window());
    }

    @Override
    public Optional<DeviceBehaviour> behaviour(Eui64 devEui) {
        return simulation.device(devEui).map(VirtualDevice::behaviour);
    }

    @Override
    public CompletableFuture<Void> setBehaviour(Eui64 devEui, DeviceBehaviour behaviour) {
        return device(devEui).thenAccept(d -> d.setBehaviour(behaviour));
    }

    @Override
    public boolean remove(Eui64 devEui) {
        return simulation.removeDevice(devEui);
    }

    private CompletableFuture<VirtualDevice> device(Eui64 devEui) {
        return simulation.device(devEui).map(CompletableFuture::completedFuture).orElseGet(() ->
                CompletableFuture.failedFuture(new IllegalStateException("no virtual device " + devEui)));
    }

    @Override
    public void close() {
        simulation.close();
    }
}
