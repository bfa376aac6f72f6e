// SPDX-License-Identifier: Apache-2.0
package lorabench.sim;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.types.Eui64;
import lorabench.sim.device.DeviceConfig;
import lorabench.sim.device.DeviceStateStore;
import lorabench.sim.device.DeviceStats;
import lorabench.sim.device.VirtualDevice;
import lorabench.sim.gateway.GatewayConfig;
import lorabench.sim.gateway.GatewayUplinkLink;
import lorabench.sim.gateway.VirtualGateway;
import lorabench.sim.radio.PathLossModel;
import lorabench.sim.radio.RadioMedium;
import lorabench.sim.radio.RadioStats;

/// The simulated world: one scheduler, one seed, one [RadioMedium], and the virtual gateways and devices on it.
///
/// Every random choice derives from the seed: the medium's from the seed itself, each device's from the seed mixed
/// with its DevEUI, so adding a device does not change what the others do. On a
/// [lorabench.clock.VirtualTimeScheduler] a run is reproducible event for event.
public final class Simulation implements AutoCloseable {
    private final TaskScheduler scheduler;
    private final long seed;
    private final RadioMedium medium;
    private final Optional<DeviceStateStore> store;
    private final Map<Eui64, VirtualGateway> gateways = new ConcurrentHashMap<>();
    private final Map<Eui64, VirtualDevice> devices = new ConcurrentHashMap<>();

    public Simulation(TaskScheduler scheduler, long seed, PathLossModel model, Optional<DeviceStateStore> store) {
        this.scheduler = scheduler;
        this.seed = seed;
        this.medium = new RadioMedium(scheduler, seed, model);
        this.store = store;
    }

    public TaskScheduler scheduler() {
        return scheduler;
    }

    public long seed() {
        return seed;
    }

    public RadioMedium medium() {
        return medium;
    }

    /// Adds a gateway connected through `link`. @throws IllegalArgumentException when the EUI is taken
    public VirtualGateway addGateway(GatewayConfig config, GatewayUplinkLink.Opener link) {
        if (gateways.containsKey(config.eui())) {
            throw new IllegalArgumentException("gateway " + config.eui() + " already exists");
        }
        VirtualGateway g = new VirtualGateway(config, scheduler, medium, link);
        gateways.put(config.eui(), g);
        return g;
    }

    /// {@return whether the gateway existed}; it is disconnected and leaves the air
    public boolean removeGateway(Eui64 eui) {
        VirtualGateway g = gateways.remove(eui);
        if (g != null) {
            g.close();
        }
        return g != null;
    }

    /// Adds a device. @throws IllegalArgumentException when the DevEUI is taken
    public VirtualDevice addDevice(DeviceConfig config) {
        if (devices.containsKey(config.devEui())) {
            throw new IllegalArgumentException("device " + config.devEui() + " already exists");
        }
        long s = new SplittableRandom(seed ^ config.devEui().value() * 0x9E3779B97F4A7C15L).nextLong();
        VirtualDevice d = new VirtualDevice(config, scheduler, medium, new SplittableRandom(s), store);
        devices.put(config.devEui(), d);
        return d;
    }

    public boolean removeDevice(Eui64 devEui) {
        VirtualDevice d = devices.remove(devEui);
        if (d != null) {
            d.close();
        }
        return d != null;
    }

    public Optional<VirtualDevice> device(Eui64 devEui) {
        return Optional.ofNullable(devices.get(devEui));
    }

    public Optional<VirtualGateway> gateway(Eui64 eui) {
        return Optional.ofNullable(gateways.get(eui));
    }

    public Collection<VirtualDevice> devices() {
        return List.copyOf(devices.values());
    }

    public Collection<VirtualGateway> gateways() {
        return List.copyOf(gateways.values());
    }

    /// {@return the session summary}
    public SessionSummary summary() {
        Map<Eui64, DeviceStats> stats = new HashMap<>();
        Map<Eui64, Duration> airtime = new HashMap<>();
        long joins = 0;
        long uplinks = 0;
        long tx = 0;
        long down = 0;
        for (VirtualDevice d : devices.values()) {
            DeviceStats s = d.stats();
            stats.put(d.config().devEui(), s);
            airtime.put(d.config().devEui(), s.airtime());
            joins += s.joins();
            uplinks += s.uplinks();
            tx += s.transmissions();
            down += s.downlinks();
        }
        RadioStats radio = medium.stats();
        return new SessionSummary(joins, uplinks, tx, down, packetErrorRate(radio), airtime, stats, radio);
    }

    /// The counters of [#summary] without its per-device maps.
    public record Totals(long joinRequests, long joins, long uplinksSent, long transmissions, long downlinksReceived,
            double packetErrorRate, RadioStats radio) {}

    /// {@return the totals of the session so far}: what a progress line shows, without building the per-device maps
    /// of [#summary] (a run reports 200 times; with 10,000 devices those maps cost more than the totals)
    public Totals totals() {
        long joinRequests = 0;
        long joins = 0;
        long uplinks = 0;
        long tx = 0;
        long down = 0;
        for (VirtualDevice d : devices.values()) {
            DeviceStats s = d.stats();
            joinRequests += s.joinRequests();
            joins += s.joins();
            uplinks += s.uplinks();
            tx += s.transmissions();
            down += s.downlinks();
        }
        RadioStats radio = medium.stats();
        return new Totals(joinRequests, joins, uplinks, tx, down, packetErrorRate(radio), radio);
    }

    private static double packetErrorRate(RadioStats radio) {
        long sentUp = radio.transmissions().getOrDefault(lorabench.sim.radio.TransmissionKind.UPLINK, 0L);
        return sentUp == 0 ? 0 : 1 - (double) radio.uplinksDelivered() / sentUp;
    }

    /// Removes every device and gateway.
    @Override
    public void close() {
        devices.keySet().forEach(this::removeDevice);
        gateways.keySet().forEach(this::removeGateway);
    }
}
