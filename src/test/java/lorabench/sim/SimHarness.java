// SPDX-License-Identifier: Apache-2.0
package lorabench.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import lorabench.clock.VirtualTimeScheduler;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.packetforwarder.InMemoryGatewayHub;
import lorabench.sim.device.Activation;
import lorabench.sim.device.DeviceConfig;
import lorabench.sim.device.DeviceStateStore;
import lorabench.sim.device.VirtualDevice;
import lorabench.sim.gateway.GatewayConfig;
import lorabench.sim.gateway.InMemoryGatewayLink;
import lorabench.sim.gateway.VirtualGateway;
import lorabench.sim.radio.PathLossModel;
import lorabench.sim.radio.Position;

/// A virtual-time world for the device tests: one EU868 gateway, the [TestNetworkServer] behind an
/// [InMemoryGatewayHub], and devices 1 km from the gateway with a deterministic radio.
final class SimHarness {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final Position GATEWAY_POS = new Position(48.8566, 2.3522, 30);
    static final Eui64 GATEWAY = Eui64.parse("AA555A0000000001");
    static final AesKey APP_KEY = AesKey.parse("2B7E151628AED2A6ABF7158809CF4F3C");
    static final AesKey NWK_KEY = AesKey.parse("000102030405060708090A0B0C0D0E0F");
    static final Eui64 JOIN_EUI = Eui64.parse("70B3D57ED0000001");

    final VirtualTimeScheduler scheduler = new VirtualTimeScheduler(START);
    final TestNetworkServer server = new TestNetworkServer();
    final InMemoryGatewayHub hub;
    final Simulation sim;
    final VirtualGateway gateway;

    SimHarness() {
        this(Optional.empty(), false);
    }

    SimHarness(Optional<DeviceStateStore> store, boolean beacons) {
        hub = new InMemoryGatewayHub(scheduler, server, new SplittableRandom(1));
        server.path = hub;
        sim = new Simulation(scheduler, 42, PathLossModel.deterministic(2.7), store);
        gateway = sim.addGateway(GatewayConfig.of(GATEWAY, GATEWAY_POS, BandId.EU868).withBeacons(beacons), 
                InMemoryGatewayLink.opener(hub));
    }

    static DeviceConfig otaa(long devEui, MacVersion version) {
        return DeviceConfig.otaa(new Eui64(devEui), JOIN_EUI, APP_KEY, version.is11() ? NWK_KEY : APP_KEY, version,
                BandId.EU868, GATEWAY_POS.east(1000));
    }

    /// An ABP device provisioned on the server with keys derived from its DevEUI.
    VirtualDevice abp(long devEui, MacVersion version) {
        SessionKeys.Keys11 keys = version.is11()
                ? new SessionKeys.Keys11(AesKey.parse("11111111111111111111111111111111"),
                        AesKey.parse("22222222222222222222222222222222"),
                        AesKey.parse("33333333333333333333333333333333"), APP_KEY)
                : new SessionKeys.Keys10(NWK_KEY, APP_KEY).asKeys11();
        DevAddr addr = new DevAddr((int) (0x26010000 + devEui));
        server.provisionAbp(new Eui64(devEui), addr, keys, version);
        return sim.addDevice(otaa(devEui, version).withActivation(new Activation.Abp(addr, keys)));
    }

    VirtualDevice joined(long devEui, MacVersion version) {
        VirtualDevice d = sim.addDevice(otaa(devEui, version));
        server.provision(d.config().devEui(), APP_KEY, d.config().nwkKey(), version);
        run(d.join());
        return d;
    }

    /// Runs the loop until `f` completes (at most a simulated day). {@return its value}
    <T> T run(CompletableFuture<T> f) {
        Instant deadline = scheduler.instant().plus(Duration.ofDays(1));
        while (!f.isDone() && scheduler.runNextBefore(deadline)) {
            // keep running
        }
        if (!f.isDone()) {
            throw new AssertionError("not done within a simulated day");
        }
        return f.join();
    }

    void runFor(Duration d) {
        scheduler.runUntil(scheduler.instant().plus(d));
    }
}
