// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import java.net.InetSocketAddress;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import lorabench.clock.RealTimeScheduler;
import lorabench.server.account.AdminAccount;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvents;
import lorabench.sim.Simulation;
import lorabench.sim.device.JsonFileDeviceStateStore;
import lorabench.sim.radio.PathLossModel;
import lorabench.ui.credentials.ApiCredentials;
import lorabench.ui.devices.DeviceDirectory;
import lorabench.ui.devices.DeviceScreenServices;
import lorabench.ui.devices.ServerChanges;
import lorabench.ui.devices.SimulatedDevices;
import lorabench.ui.gateways.GatewayDirectory;
import lorabench.ui.gateways.SimulatedGateways;
import lorabench.ui.shell.WindowServices;
import lorabench.ui.status.PortBinding;
import lorabench.ui.status.PublishedStatus;
import lorabench.ui.status.ServerState;
import lorabench.ui.status.ServerStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The embedded server as the GUI runs it: started off the FX thread once the window is shown (progress in the
/// status bar), its status published every second, its events turned into screen reloads, an in-process simulator
/// whose virtual gateways reach it over UDP, the first-run credentials shown, and everything stopped on exit.
final class GuiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GuiServer.class);
    /// How often the status bar is refreshed.
    static final long STATUS_PERIOD_MS = 1_000;

    private final ServerOptions options;
    private final BiConsumer<ApiCredentials, Boolean> credentialsPresenter;
    private final CompletableFuture<LoraBenchServer> server = new CompletableFuture<>();
    private final PublishedStatus status = PublishedStatus.onFxThread(ServerStatus.notStarted());
    private final RealTimeScheduler simClock = new RealTimeScheduler("lorabench-sim");
    private final SimulatedDevices simulator;
    private final AtomicLong frames = new AtomicLong();
    private final List<AutoCloseable> running = new ArrayList<>();
    private ScheduledExecutorService poller;

    /// @param credentialsPresenter shows credentials (the second argument says "first run")
    GuiServer(ServerOptions options, BiConsumer<ApiCredentials, Boolean> credentialsPresenter) {
        this.options = Objects.requireNonNull(options, "options");
        this.credentialsPresenter = Objects.requireNonNull(credentialsPresenter, "credentialsPresenter");
        var store = new JsonFileDeviceStateStore(options.dataDir().resolve("sim-devices"));
        simulator = new SimulatedDevices(new Simulation(simClock, System.nanoTime(), PathLossModel.DEFAULT,
                Optional.of(store)), () -> new InetSocketAddress("127.0.0.1", server.join().udpPort()),
                new java.security.SecureRandom());
    }

    /// {@return the server, once started}
    CompletableFuture<LoraBenchServer> server() {
        return server;
    }

    PublishedStatus status() {
        return status;
    }

    /// {@return what the Devices and Downlinks screens use}
    DeviceScreenServices deviceServices() {
        CompletableFuture<DeviceDirectory> directory = server.thenApply(s -> new DeviceDirectory(s.database(),
                s.server(), simulator::isVirtual));
        return new DeviceScreenServices(directory, simulator, changes());
    }

    /// {@return what the Gateways screen reads}: the server's store and gateway registry and this simulator
    CompletableFuture<GatewayDirectory> gatewaySource() {
        return server.thenApply(s -> new GatewayDirectory(s.database(), s.server(), new SimulatedGateways(simulator),
                InstantSource.system()));
    }

    /// {@return a change feed over the server's events}: uplinks, joins, downlink statuses and transmissions
    ServerChanges changes() {
        return changed -> {
            var sub = new CompletableFuture<ServerEvents.Subscription>();
            server.thenAccept(s -> sub.complete(s.server().events().subscribe(e -> {
                if (!(e instanceof ServerEvent.GatewayStatsReported || e instanceof ServerEvent.MacExchange)) {
                    changed.run();
                }
            })));
            return () -> {
                sub.thenAccept(ServerEvents.Subscription::close);
                sub.cancel(false);
            };
        };
    }

    /// {@return the credentials in the data directory, with the API address once the server is up}
    Optional<ApiCredentials> credentials() {
        String url = server.isDone() && !server.isCompletedExceptionally()
                ? "http://" + options.bindAddress() + ":" + server.join().httpPort() + "/api" : "";
        return ApiCredentials.read(options.dataDir(), url);
    }

    /// Starts the server as a background task (call on the FX thread, once).
    void start(WindowServices window) {
        status.publish(new ServerStatus(ServerState.STARTING, List.of(), "", 0, 0, 0, options.dataDir().toString()));
        window.tasks().run("Starting the embedded server", p -> {
            p.message("opening the store in " + options.dataDir());
            LoraBenchServer started = LoraBenchServer.start(options);
            // completed here, not on success: a window closed meanwhile still stops what was started
            server.complete(started);
            return started;
        }, s -> {
            running.add(s.server().events().subscribe(e -> {
                if (e instanceof ServerEvent.UplinkReceived || e instanceof ServerEvent.DownlinkTransmitted
                        || e instanceof ServerEvent.JoinAccepted || e instanceof ServerEvent.JoinRejected) {
                    frames.incrementAndGet();
                }
            }));
            poller = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name(
                    "lorabench-status").unstarted(r));
            long[] last = {System.nanoTime(), 0};
            poller.scheduleAtFixedRate(() -> publish(s, last), 0, STATUS_PERIOD_MS, TimeUnit.MILLISECONDS);
            if (s.admin().origin() == AdminAccount.Origin.GENERATED) {
                credentials().ifPresent(c -> credentialsPresenter.accept(c, true));
            }
        }, failure -> {
            server.completeExceptionally(failure.error());
            status.publish(new ServerStatus(ServerState.FAILED, List.of(), "", 0, 0, 0,
                    String.valueOf(failure.error().getMessage())));
            window.dialogs().showError("The embedded server could not start",
                    failure.error().getMessage() + "\n\nAnother LoRaBench may already use the ports or the data "
                            + "directory " + options.dataDir() + ".", failure.error());
        });
    }

    private void publish(LoraBenchServer s, long[] last) {
        try {
            Map<String, Object> m = s.status();
            long now = System.nanoTime();
            long count = frames.get();
            double fps = (count - last[1]) / Math.max(1e-3, (now - last[0]) / 1e9);
            last[0] = now;
            last[1] = count;
            List<PortBinding> ports = List.of(new PortBinding("HTTP", s.httpPort()),
                    new PortBinding("UDP", s.udpPort()));
            status.publish(new ServerStatus(ServerState.RUNNING, ports, databaseText(s.options().database()),
                    ((Number) m.get("gatewaysConnected")).intValue(), ((Number) m.get("devices")).intValue(),
                    Math.max(0, fps), ""));
        } catch (RuntimeException e) {
            LOG.debug("status poll failed: {}", e.toString());
        }
    }

    /// {@return a short description of the store for the status bar}: "H2 ~/.lorabench/lorabench" or the JDBC URL
    /// without its parameters (never the credentials)
    static String databaseText(lorabench.store.DatabaseConfig config) {
        String url = config.jdbcUrl();
        String bare = url.split("[;?]", 2)[0];
        if (bare.startsWith("jdbc:h2:file:")) {
            String path = bare.substring("jdbc:h2:file:".length());
            String home = System.getProperty("user.home");
            return "H2 " + (home != null && path.startsWith(home + "/") ? "~" + path.substring(home.length()) : path);
        }
        if (bare.startsWith("jdbc:h2:mem:")) {
            return "H2 in memory";
        }
        return config.isPostgreSql() ? "PostgreSQL " + bare.replaceFirst("^jdbc:postgresql://", "") : bare;
    }

    /// Stops the poller, the simulator and the server (waiting for a start in progress to finish first).
    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
        for (AutoCloseable c : running) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.debug("closing {} failed: {}", c, e.toString());
            }
        }
        simulator.close();
        simClock.close();
        server.thenAccept(LoraBenchServer::close);
    }
}
