// SPDX-License-Identifier: Apache-2.0
package lorabench.api.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import lorabench.server.account.Authenticator;
import lorabench.store.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The HTTP server every northbound API shares: Javalin 7 on Jetty, bound to 127.0.0.1 unless configured
/// otherwise, JSON through Jackson (java.time values as ISO 8601 strings), HTTP Basic authentication on `/api/*`
/// (DESIGN.md: every HTTP API requires credentials), `GET /api/status`, and the routes of each [HttpModule].
///
/// [#close()] stops gracefully: Jetty stops accepting, lets requests in flight finish for up to
/// [#STOP_TIMEOUT_MS], then closes.
public final class HttpServer implements AutoCloseable {
    /// The request attribute holding the authenticated [Account].
    public static final String ACCOUNT = "lorabench.account";
    public static final long STOP_TIMEOUT_MS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private final Javalin app;
    private final String host;

    private HttpServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /// Starts the server. `status` supplies the body of `GET /api/status` (version, uptime, ports, database, counts:
    /// the composition root knows them).
    public static HttpServer start(HttpServerConfig config, Authenticator authenticator,
            Supplier<? extends Map<String, ?>> status, List<HttpModule> modules) {
        List<String> exempt = new ArrayList<>();
        modules.forEach(m -> exempt.addAll(m.ownAuthPrefixes()));
        BasicAuth auth = new BasicAuth(authenticator, exempt);
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jsonMapper(new JavalinJackson(objectMapper(), false));
            cfg.jetty.modifyServer(s -> s.setStopTimeout(STOP_TIMEOUT_MS));
            cfg.routes.before("/api/*", auth::check);
            cfg.routes.get("/api/status", ctx -> ctx.json(status.get()));
            modules.forEach(m -> m.register(cfg));
        });
        app.start(config.host(), config.port());
        LOG.info("HTTP server listening on {}:{}", config.host(), app.port());
        return new HttpServer(app, config.host());
    }

    /// {@return the Jackson mapper of the HTTP APIs}: java.time values as ISO 8601 strings, unknown properties of
    /// request bodies rejected by default, and text after the JSON document too (Jackson stops reading at the end of
    /// the first document and would otherwise accept `{"a": 1} garbage`)
    public static ObjectMapper objectMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /// {@return the account that authenticated `ctx`} (set by the Basic check on `/api/*`)
    public static Account account(Context ctx) {
        Account a = ctx.attribute(ACCOUNT);
        if (a == null) {
            throw new IllegalStateException("no authenticated account on " + ctx.path());
        }
        return a;
    }

    /// {@return the port listened on} (the chosen one when configured with 0)
    public int port() {
        return app.port();
    }

    public String host() {
        return host;
    }

    /// {@return the addresses Jetty's connectors are bound to}, as Jetty reports them
    List<String> boundHosts() {
        return java.util.Arrays.stream(app.jettyServer().server().getConnectors())
                .filter(c -> c instanceof org.eclipse.jetty.server.ServerConnector)
                .map(c -> ((org.eclipse.jetty.server.ServerConnector) c).getHost()).toList();
    }

    @Override
    public void close() {
        app.stop();
    }
}
