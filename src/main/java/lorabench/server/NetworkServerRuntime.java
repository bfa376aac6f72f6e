// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.random.RandomGenerator;
import lorabench.clock.TaskScheduler;
import lorabench.packetforwarder.GatewayListener;
import lorabench.packetforwarder.PullRespResult;
import lorabench.packetforwarder.UdpGatewayServer;
import lorabench.server.device.DeviceService;
import lorabench.server.device.MacRequests;
import lorabench.server.downlink.ClassAScheduler;
import lorabench.server.downlink.ClassBScheduler;
import lorabench.server.downlink.ClassCScheduler;
import lorabench.server.downlink.DownlinkQueue;
import lorabench.server.downlink.DownlinkSender;
import lorabench.server.downlink.FrameComposer;
import lorabench.server.downlink.GatewayClocks;
import lorabench.server.downlink.LastGateways;
import lorabench.server.downlink.MulticastSender;
import lorabench.server.downlink.StatusChanges;
import lorabench.server.event.ServerEvents;
import lorabench.server.gateway.Deduplicator;
import lorabench.server.gateway.GatewayBridge;
import lorabench.server.gateway.GatewayRegistry;
import lorabench.server.gateway.GatewayTransmitter;
import lorabench.server.gateway.TxAckRouter;
import lorabench.server.join.DevAddrAllocator;
import lorabench.server.join.ApplicationJoin;
import lorabench.server.join.JoinServer;
import lorabench.server.join.ReplacedSessions;
import lorabench.server.join.RejoinServer;
import lorabench.server.mac.MacLayer;
import lorabench.server.session.DeviceCache;
import lorabench.server.session.DeviceSessions;
import lorabench.server.uplink.DataUplinkHandler;
import lorabench.server.uplink.AbortedJoins;
import lorabench.server.uplink.FrameRouter;
import lorabench.server.uplink.Rejections;
import lorabench.server.uplink.SessionMatcher;
import lorabench.server.uplink.UplinkCommit;
import lorabench.server.uplink.UplinkPolicies;
import lorabench.store.BatchingWriter;
import lorabench.store.Database;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.DownlinkRepository;
import lorabench.store.GatewayRepository;
import lorabench.store.GroupRepository;
import lorabench.store.JoinStateRepository;
import lorabench.store.RejoinCounterRepository;
import lorabench.store.SessionLogRepository;
import lorabench.store.UplinkRepository;

/// The embedded network server, wired with `new` (STYLE.md §7): gateway bridge → de-duplication → frame router →
/// join server / data pipeline → downlink scheduling, over one [Database] and one [TaskScheduler].
///
/// Two ways to run it: [#startUdp] binds the Semtech UDP socket; [#start] takes any [GatewayTransmitter] and
/// leaves feeding [#gatewayListener()] to the caller (the simulator's in-memory hub on virtual time). All state
/// is in the database, so a runtime opened again on the same data resumes sessions, counters and queues.
/// The caller owns the database and the scheduler; [#close()] stops what the runtime started.
public final class NetworkServerRuntime implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NetworkServerRuntime.class);
    /// How long shutdown waits for acknowledged frames to be stored and answered.
    private static final java.time.Duration SHUTDOWN_DRAIN = java.time.Duration.ofSeconds(20);

    private final ServerEvents events = new ServerEvents();
    private final Optional<ExecutorService> pool;
    private final Executor work;
    private final BatchingWriter writer;
    private final GatewayBridge bridge;
    private final Deduplicator deduplicator;
    private final InFlightFrames inFlight = new InFlightFrames();
    private final GatewayRegistry gateways;
    private final DeviceCache cache;
    private final DeviceSessions deviceSessions;
    private final DeviceService deviceService;
    private final MacRequests macRequests;
    private final DownlinkQueue queue;
    private final FrameRouter router;
    private final Rejections rejections;
    private final UplinkPolicies uplinkPolicies = new UplinkPolicies();
    private volatile UdpGatewayServer udp;
    private final boolean onSchedulerLoop;
    private final ApplicationJoin.Slot applicationJoins = new ApplicationJoin.Slot();
    private final ReplacedSessions replacedSessions = new ReplacedSessions();

    private NetworkServerRuntime(NetworkServerConfig config, Database db, TaskScheduler scheduler,
            GatewayTransmitter transmitter, RandomGenerator random, boolean onSchedulerLoop) {
        this.onSchedulerLoop = onSchedulerLoop;
        if (onSchedulerLoop) {
            pool = Optional.empty();
            work = task -> scheduler.schedule(Duration.ZERO, task);
            writer = BatchingWriter.onExecutor(db, config.writeBatch(), work);
        } else {
            ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
            pool = Optional.of(threads);
            work = threads;
            writer = new BatchingWriter(db, config.writeBatch());
        }
        var devices = new DeviceRepository(db);
        var sessions = new DeviceSessionRepository(db);
        var downlinks = new DownlinkRepository(db);
        var uplinks = new UplinkRepository(db);
        var log = new SessionLogRepository(db);
        var groups = new GroupRepository(db);
        var joinStates = new JoinStateRepository(db);
        var txAcks = new TxAckRouter(scheduler, config.txAckTimeout());
        gateways = new GatewayRegistry(new GatewayRepository(db), writer, events, scheduler, work);
        cache = new DeviceCache(devices, sessions, db.deviceChanges());
        cache.preload(config.preloadSessions());
        deviceSessions = new DeviceSessions(devices, sessions, cache);
        var statuses = new StatusChanges(downlinks, events, scheduler);
        var sender = new DownlinkSender(transmitter, txAcks, statuses, events, writer, log, scheduler, work);
        var macLayer = new MacLayer(scheduler);
        var rejoinCounters = new RejoinCounterRepository(db);
        var composer = new FrameComposer(downlinks, sessions, macLayer);
        var lastGateways = new LastGateways(uplinks);
        var classA = new ClassAScheduler(writer, composer, sender, statuses, scheduler, work, downlinks);
        var classC = new ClassCScheduler(deviceSessions, lastGateways, writer, composer, sender, statuses, scheduler,
                work, config.classCSpacing(), events);
        var gatewayClocks = new GatewayClocks(GatewayClocks.DEFAULT_MAX_AGE);
        var classB = new ClassBScheduler(deviceSessions, lastGateways, gatewayClocks, writer, composer, sender,
                statuses, scheduler, work, ClassBScheduler.DEFAULT_LEAD, events);
        var multicast = new MulticastSender(groups, downlinks, writer, sender, statuses, gateways::connected,
                scheduler, work, config.defaultBand());
        queue = new DownlinkQueue(db, devices, groups, downlinks, statuses, classC, classB, multicast, work,
                config.queueLimit());
        rejections = new Rejections(events, writer, log, scheduler);
        var allocator = new DevAddrAllocator(config.join().netId(), random, sessions);
        deviceService = new DeviceService(db, devices, sessions, deviceSessions, downlinks, joinStates, rejoinCounters,
                statuses);
        macRequests = new MacRequests(db, devices, sessions, macLayer, classC, classB);
        var join = new JoinServer(devices, sessions, joinStates, rejoinCounters, downlinks, log, writer, allocator, config.join(),
                sender, statuses, events, scheduler, work, applicationJoins, replacedSessions);
        var rejoin = new RejoinServer(devices, sessions, joinStates, rejoinCounters, log, writer, allocator,
                config.join(), sender, events, scheduler, work);
        var data = new DataUplinkHandler(new SessionMatcher(db, cache, downlinks), cache, macLayer,
                new UplinkCommit(devices, sessions, uplinks, log, downlinks), writer, rejections, classA,
                lastGateways, statuses, events, work, uplinkPolicies,
                new AbortedJoins(replacedSessions, sessions, cache, writer, events, scheduler));
        router = new FrameRouter(data, join, rejoin, rejections, work);
        deduplicator = new Deduplicator(scheduler, config.dedupWindow(), f -> {
            f.receptions().forEach(gatewayClocks::observe);
            inFlight.track(router.route(f));
        });
        bridge = new GatewayBridge(deduplicator, gateways, txAcks);
    }

    /// Starts the server with `transmitter` as its downlink path; feed [#gatewayListener()] with what gateways send.
    public static NetworkServerRuntime start(NetworkServerConfig config, Database db, TaskScheduler scheduler,
            GatewayTransmitter transmitter, RandomGenerator random) {
        return new NetworkServerRuntime(config, db, scheduler, transmitter, random, false);
    }

    /// Starts the server like [#start], but running all of its work as tasks on `scheduler` (no thread pool, no
    /// writer thread): on a [lorabench.clock.VirtualTimeScheduler] the server then answers within the same virtual
    /// instant, before the loop moves on to the devices' receive windows, and with seeded `random` a run is
    /// reproducible event for event (decision 0010).
    public static NetworkServerRuntime startOnSchedulerLoop(NetworkServerConfig config, Database db,
            TaskScheduler scheduler, GatewayTransmitter transmitter, RandomGenerator random) {
        return new NetworkServerRuntime(config, db, scheduler, transmitter, random, true);
    }

    /// Starts the server on the Semtech UDP socket of `config`.
    /// @throws UncheckedIOException when the socket cannot be bound
    public static NetworkServerRuntime startUdp(NetworkServerConfig config, Database db, TaskScheduler scheduler,
            RandomGenerator random) {
        NetworkServerRuntime[] self = new NetworkServerRuntime[1];
        GatewayTransmitter viaUdp = (gw, txpk) -> {
            UdpGatewayServer s = self[0].udp;
            return s == null ? new PullRespResult.SendFailed(gw, "server not started") : s.sendPullResp(gw, txpk);
        };
        self[0] = new NetworkServerRuntime(config, db, scheduler, viaUdp, random, false);
        try {
            self[0].udp = UdpGatewayServer.start(new InetSocketAddress(config.bindAddress(), config.udpPort()),
                    self[0].bridge, scheduler, random);
        } catch (IOException e) {
            self[0].close();
            throw new UncheckedIOException("cannot bind UDP " + config.bindAddress() + ":" + config.udpPort(), e);
        }
        return self[0];
    }

    /// {@return where a northbound module installs the application that answers joins of devices without AppKey}
    public ApplicationJoin.Slot applicationJoins() {
        return applicationJoins;
    }

    /// {@return the event stream}
    public ServerEvents events() {
        return events;
    }

    public DeviceSessions deviceSessions() {
        return deviceSessions;
    }

    /// {@return the device service}: create, update and delete devices with their sessions kept consistent
    public DeviceService devices() {
        return deviceService;
    }

    /// {@return the on-demand MAC requests} (DevStatus, LinkADR, any network request)
    public MacRequests macRequests() {
        return macRequests;
    }

    public DownlinkQueue downlinkQueue() {
        return queue;
    }

    public GatewayRegistry gateways() {
        return gateways;
    }

    /// {@return the listener gateways' traffic goes to} (for in-memory transports)
    public GatewayListener gatewayListener() {
        return bridge;
    }

    /// {@return the bridge with its counters}
    public GatewayBridge bridge() {
        return bridge;
    }

    /// {@return the frame router}, to inject frames directly (tests, replay)
    public FrameRouter router() {
        return router;
    }

    /// {@return the rules northbound APIs add to the data-uplink path} ([lorabench.server.uplink.UplinkPolicy])
    public UplinkPolicies uplinkPolicies() {
        return uplinkPolicies;
    }

    /// {@return frames rejected since start}
    public long rejectedFrames() {
        return rejections.count();
    }

    /// {@return the UDP server}, empty when started with another transport
    public Optional<UdpGatewayServer> udp() {
        return Optional.ofNullable(udp);
    }

    /// Stops the UDP socket, commits what is queued for the database, and ends the event subscriptions.
    @Override
    public void close() {
        UdpGatewayServer s = udp;
        if (s != null) {
            s.close();
        }
        // Every frame still in a de-duplication window or in the pipeline was acknowledged to its gateway: finish
        // them (stored, answered) before the writer stops taking work.
        deduplicator.flush();
        // NOTE: on the scheduler loop (a virtual-time run) the frames advance only when the caller runs the clock,
        // which has stopped: waiting would only add SHUTDOWN_DRAIN to every run's end.
        try {
            if (!onSchedulerLoop && !inFlight.awaitIdle(SHUTDOWN_DRAIN)) {
                LOG.warn("stopping with frames still in flight after {}", SHUTDOWN_DRAIN);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.close();
        cache.close();
        pool.ifPresent(p -> {
            p.shutdown();
            try {
                p.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        events.close();
    }
}
