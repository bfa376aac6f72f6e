// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import lorabench.api.http.HttpModule;
import lorabench.api.http.HttpServer;
import lorabench.api.http.HttpServerConfig;
import lorabench.clock.RealTimeScheduler;
import lorabench.server.NetworkServerConfig;
import lorabench.server.NetworkServerRuntime;
import lorabench.server.account.AdminAccount;
import lorabench.server.account.Authenticator;
import lorabench.server.account.Credentials;
import lorabench.store.Database;
import lorabench.store.DeviceFilter;
import lorabench.store.DeviceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The single composition root of a running LoRaBench: store, clock, network server on UDP, the administrator
/// account, and every northbound interface on the HTTP port. `lorabench serve` and the GUI both start one.
public final class LoraBenchServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LoraBenchServer.class);

    private final ServerOptions options;
    private final Database database;
    private final RealTimeScheduler scheduler;
    private final NetworkServerRuntime server;
    private final HttpServer http;
    private final AdminAccount admin;
    private final Instant started;
    private final List<HttpModule> modules;

    private LoraBenchServer(ServerOptions options, Database database, RealTimeScheduler scheduler,
            NetworkServerRuntime server, HttpServer http, AdminAccount admin, List<HttpModule> modules) {
        this.options = options;
        this.database = database;
        this.scheduler = scheduler;
        this.server = server;
        this.http = http;
        this.admin = admin;
        this.modules = modules;
        this.started = scheduler.instant();
    }

    /// Starts everything; on failure, stops what was started and rethrows.
    public static LoraBenchServer start(ServerOptions options) {
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            Database db = Database.open(options.database());
            opened.add(db);
            RealTimeScheduler scheduler = new RealTimeScheduler("lorabench");
            opened.add(scheduler);
            AdminAccount admin;
            try {
                admin = new Credentials(db).ensureAdmin(options.dataDir(), options.adminPassword());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + options.dataDir().resolve(
                        Credentials.FILE_NAME), e);
            }
            RandomGenerator random = new java.security.SecureRandom();
            NetworkServerConfig config = NetworkServerConfig.DEFAULT.withUdpPort(options.udpPort())
                    .withBindAddress(options.bindAddress());
            NetworkServerRuntime server = NetworkServerRuntime.startUdp(config, db, scheduler, random);
            opened.add(server);
            AppContext context = new AppContext(options, db, scheduler, server, random);
            List<HttpModule> modules = new ArrayList<>();
            for (ApiModules.Factory f : ApiModules.all()) {
                HttpModule m = f.create(context);
                modules.add(m);
                if (m instanceof AutoCloseable c) {
                    opened.add(c);
                }
            }
            StatusHolder status = new StatusHolder();
            HttpServer http = HttpServer.start(new HttpServerConfig(options.bindAddress(), options.httpPort()),
                    new Authenticator(db), status::get, modules);
            LoraBenchServer s = new LoraBenchServer(options, db, scheduler, server, http, admin, modules);
            status.server = s;
            return s;
        } catch (RuntimeException e) {
            closeAll(opened.reversed());
            throw e;
        }
    }

    /// The status supplier exists before the server it describes; it answers once the server is assembled.
    private static final class StatusHolder {
        private volatile LoraBenchServer server;

        Map<String, Object> get() {
            LoraBenchServer s = server;
            return s == null ? Map.of("state", "starting") : s.status();
        }
    }

    /// {@return the server's status}: what `/api/status` and the GUI's status bar show
    public Map<String, Object> status() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", "running");
        m.put("version", version());
        m.put("started", started.toString());
        m.put("uptimeSeconds", Duration.between(started, scheduler.instant()).toSeconds());
        Map<String, Object> ports = new LinkedHashMap<>();
        ports.put("http", http.port());
        ports.put("udp", udpPort());
        // NOTE: no "mqtt" entry even when --mqtt was given: these are the ports that listen, and no MQTT
        // interface exists yet.
        m.put("bindAddress", options.bindAddress());
        m.put("ports", ports);
        m.put("database", database.config().toString());
        m.put("gatewaysConnected", server.gateways().connected().size());
        m.put("devices", new DeviceRepository(database).count(DeviceFilter.all()));
        m.put("rejectedFrames", server.rejectedFrames());
        return m;
    }

    static String version() {
        String v = LoraBenchServer.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    public int httpPort() {
        return http.port();
    }

    public int udpPort() {
        return server.udp().map(u -> u.port()).orElse(options.udpPort());
    }

    public AdminAccount admin() {
        return admin;
    }

    public NetworkServerRuntime server() {
        return server;
    }

    /// {@return the server's clock}: the instants its events carry
    public java.time.InstantSource clock() {
        return scheduler;
    }

    public Database database() {
        return database;
    }

    public ServerOptions options() {
        return options;
    }

    /// {@return the running northbound interface of type `type`}, for the GUI screens that drive one (push targets)
    public <M extends HttpModule> java.util.Optional<M> module(Class<M> type) {
        return modules.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /// Stops in the reverse order of starting: HTTP first (no new requests), then the APIs, the network server
    /// (which commits what it has accepted), the clock, and the store last.
    @Override
    public void close() {
        List<AutoCloseable> order = new ArrayList<>();
        order.add(http::close);
        for (HttpModule m : modules.reversed()) {
            if (m instanceof AutoCloseable c) {
                order.add(c);
            }
        }
        order.add(server::close);
        order.add(scheduler);
        order.add(database);
        closeAll(order);
    }

    private static void closeAll(List<AutoCloseable> closeables) {
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed: {}", c, e.toString());
            }
        }
    }
}
