// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import lorabench.lorawan.types.Eui64;
import lorabench.server.NetworkServerRuntime;
import lorabench.server.event.ServerEvent;
import lorabench.server.gateway.GatewayRegistry.GatewayState;
import lorabench.store.Database;
import lorabench.store.Device;
import lorabench.store.DeviceFilter;
import lorabench.store.DeviceRepository;
import lorabench.store.Gateway;
import lorabench.store.GatewayRepository;
import lorabench.store.GatewayRx;
import lorabench.store.Page;
import lorabench.store.Position;
import lorabench.store.Uplink;
import lorabench.store.UplinkQuery;
import lorabench.store.UplinkRepository;

/// [GatewaySource] over the embedded server's store and gateway registry and the GUI's simulator.
public final class GatewayDirectory implements GatewaySource {
    /// Most gateways listed.
    public static final int GATEWAY_LIMIT = 1_000;
    /// Most devices placed on the plot.
    public static final int DEVICE_LIMIT = 5_000;
    /// How many of the newest stored uplinks seed the links when the screen opens.
    public static final int RECENT_UPLINKS = 2_000;

    private final NetworkServerRuntime server;
    private final VirtualGateways simulator;
    private final InstantSource clock;
    private final GatewayRepository gateways;
    private final DeviceRepository devices;
    private final UplinkRepository uplinks;

    public GatewayDirectory(Database db, NetworkServerRuntime server, VirtualGateways simulator, InstantSource clock) {
        Objects.requireNonNull(db, "db");
        this.server = Objects.requireNonNull(server, "server");
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.gateways = new GatewayRepository(db);
        this.devices = new DeviceRepository(db);
        this.uplinks = new UplinkRepository(db);
    }

    @Override
    public GatewaySnapshot load() {
        Map<Eui64, GatewayState> heard = new HashMap<>();
        server.gateways().gateways().forEach(s -> heard.put(s.gateway(), s));
        Map<Eui64, Position> simulated = simulator.devicePositions();
        Map<Eui64, DevicePlace> places = new HashMap<>();
        for (Device d : devices.list(DeviceFilter.all(), Page.first(DEVICE_LIMIT))) {
            Optional<Position> at = Optional.ofNullable(simulated.get(d.devEui())).or(d::position);
            places.put(d.devEui(), new DevicePlace(d.devEui(), d.name(), at, simulated.containsKey(d.devEui())));
        }
        List<LinkSample> links = new ArrayList<>();
        for (Uplink u : uplinks.listNewestFirst(UplinkQuery.all(), Page.first(RECENT_UPLINKS))) {
            for (GatewayRx rx : u.gateways()) {
                links.add(new LinkSample(rx.gatewayEui(), u.devEui(), rx.rssi(), rx.snr(), u.received()));
            }
        }
        return new GatewaySnapshot(gateways.list(Page.first(GATEWAY_LIMIT)), heard, simulator.gateways(), places,
                links, clock.instant());
    }

    @Override
    public AutoCloseable subscribe(Consumer<ServerEvent> listener) {
        return server.events().subscribe(listener::accept);
    }

    @Override
    public Optional<Position> suggestedPosition() {
        return Optional.of(simulator.suggestedPosition());
    }

    @Override
    public void addVirtual(Eui64 eui, String name, Position at) {
        if (simulator.gateways().stream().anyMatch(g -> g.eui().equals(eui))) {
            throw new IllegalArgumentException("a virtual gateway " + eui + " exists already");
        }
        Gateway known = gateways.find(eui).orElse(Gateway.of(eui, name));
        gateways.save(new Gateway(eui, name, known.ownerAccountId(), Optional.of(at), known.lastSeen(), known.stats(),
                known.attributes(), known.created(), known.updated()));
        try {
            simulator.add(eui, at).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
