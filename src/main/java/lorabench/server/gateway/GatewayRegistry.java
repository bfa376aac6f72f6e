// SPDX-License-Identifier: Apache-2.0
package lorabench.server.gateway;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.Stat;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvents;
import lorabench.store.BatchingWriter;
import lorabench.store.Gateway;
import lorabench.store.GatewayRepository;
import lorabench.store.GatewayStats;
import lorabench.store.Position;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The gateways the server has heard: connection state in memory, identity and statistics in the store.
///
/// A gateway is registered in the store on its first datagram of this run (`gw-<EUI>` as name when unknown).
/// The store's last-seen time is written on connection and with every `stat` report (every 30 s with the Semtech
/// forwarder), not on every packet, to keep the uplink path free of gateway writes; [#gateways()] has the exact
/// in-memory last-seen time.
public final class GatewayRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayRegistry.class);

    /// What is known of a gateway in this run.
    public record GatewayState(Eui64 gateway, Optional<InetSocketAddress> pullAddress, Instant firstSeen,
            Instant lastSeen) {}

    private final GatewayRepository repository;
    private final BatchingWriter writer;
    private final ServerEvents events;
    private final TaskScheduler clock;
    private final Executor work;
    private final ConcurrentHashMap<Eui64, GatewayState> states = new ConcurrentHashMap<>();

    public GatewayRegistry(GatewayRepository repository, BatchingWriter writer, ServerEvents events,
            TaskScheduler clock, Executor work) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.work = Objects.requireNonNull(work, "work");
    }

    /// Notes a datagram from `gateway` (cheap: memory only, except on the first one of the run).
    public void seen(Eui64 gateway, Instant at) {
        GatewayState before = states.get(gateway);
        if (before == null) {
            GatewayState fresh = new GatewayState(gateway, Optional.empty(), at, at);
            if (states.putIfAbsent(gateway, fresh) == null) {
                work.execute(() -> ensureStored(gateway, at));
                return;
            }
        }
        states.computeIfPresent(gateway, (k, s) -> new GatewayState(k, s.pullAddress(), s.firstSeen(),
                at.isAfter(s.lastSeen()) ? at : s.lastSeen()));
    }

    /// A PULL_DATA from a new address: the downlink path is open.
    public void connected(Eui64 gateway, InetSocketAddress address, Instant at) {
        seen(gateway, at);
        states.computeIfPresent(gateway, (k, s) -> new GatewayState(k, Optional.of(address), s.firstSeen(), at));
        work.execute(() -> {
            ensureStored(gateway, at);
            writer.execute(tx -> repository.recordSeen(tx, gateway, at));
        });
        events.publish(new ServerEvent.GatewayConnected(at, gateway, address));
    }

    /// A `stat` report: adds its counters to the gateway's totals and publishes them.
    public void stat(Eui64 gateway, Stat stat, Instant at) {
        seen(gateway, at);
        GatewayStats delta = new GatewayStats(stat.rxnb(), stat.rxok(), stat.rxfw(), stat.dwnb(), stat.txnb());
        work.execute(() -> {
            ensureStored(gateway, at);
            Optional<Position> fix = gpsFix(stat);
            writer.execute(tx -> {
                fix.ifPresent(p -> repository.reportPosition(tx, gateway, p));
                repository.addStats(tx, gateway, delta, at);
            }).whenComplete((ok, e) -> {
                if (e != null) {
                    LOG.warn("storing stats of gateway {} failed: {}", gateway, e.getMessage());
                    return;
                }
                GatewayStats total = repository.find(gateway).map(Gateway::stats).orElse(delta);
                events.publish(new ServerEvent.GatewayStatsReported(clock.instant(), gateway, delta, total));
            });
        });
    }

    /// The position a `stat` report carries. A packet forwarder without a GPS fix omits `lati`/`long`, and some
    /// send 0/0 until their first fix (the Semtech forwarder's fake-GPS off), so exactly 0/0 is taken as no fix:
    /// it would otherwise move a configured gateway into the Gulf of Guinea.
    static Optional<Position> gpsFix(Stat stat) {
        if (stat.latitude().isEmpty() || stat.longitude().isEmpty()) {
            return Optional.empty();
        }
        double lat = stat.latitude().getAsDouble();
        double lon = stat.longitude().getAsDouble();
        if (lat == 0 && lon == 0) {
            return Optional.empty();
        }
        return Optional.of(new Position(lat, lon, stat.altitude().orElse(0)));
    }

    /// {@return the gateways heard in this run}
    public Collection<GatewayState> gateways() {
        return List.copyOf(states.values());
    }

    /// {@return the state of `gateway`}, empty when not heard in this run
    public Optional<GatewayState> gateway(Eui64 gateway) {
        return Optional.ofNullable(states.get(gateway));
    }

    /// {@return the gateways with an open downlink path}
    public List<Eui64> connected() {
        return states.values().stream().filter(s -> s.pullAddress().isPresent()).map(GatewayState::gateway)
                .sorted().toList();
    }

    private synchronized void ensureStored(Eui64 gateway, Instant at) {
        try {
            if (repository.find(gateway).isEmpty()) {
                repository.save(Gateway.of(gateway, "gw-" + gateway));
            }
        } catch (RuntimeException e) {
            LOG.warn("registering gateway {} failed: {}", gateway, e.getMessage());
        }
    }
}
