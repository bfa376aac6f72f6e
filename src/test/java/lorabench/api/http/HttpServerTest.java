// SPDX-License-Identifier: Apache-2.0
package lorabench.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import lorabench.server.account.Authenticator;
import lorabench.store.Account;
import lorabench.store.AccountRepository;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.PasswordHasher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpServerTest {
    private static final AtomicInteger NAMES = new AtomicInteger();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Database db;
    private HttpServer server;

    /// A vendor module: one Basic-protected route that echoes the account, one route with its own auth scheme.
    private static final HttpModule ECHO = new HttpModule() {
        @Override
        public void register(io.javalin.config.JavalinConfig cfg) {
            cfg.routes.get("/api/echo/whoami", ctx -> ctx.result(HttpServer.account(ctx).username()));
            cfg.routes.get("/api/vendor/ping", ctx -> ctx.result(
                    "token".equals(ctx.header("X-Token")) ? "pong" : "no token"));
        }

        @Override
        public List<String> ownAuthPrefixes() {
            return List.of("/api/vendor/");
        }
    };

    @BeforeEach
    void start() {
        db = Database.open(DatabaseConfig.h2Memory("http" + NAMES.incrementAndGet()));
        PasswordHasher hasher = new PasswordHasher(1_000, new SplittableRandom(3));
        AccountRepository accounts = new AccountRepository(db);
        accounts.insert(Account.newUser("admin", hasher.hash("pässword:1".toCharArray())));
        Authenticator auth = new Authenticator(accounts, hasher, db.clock(), Duration.ofMinutes(1));
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("version", "test");
        status.put("started", Instant.parse("2026-03-01T10:00:00Z"));
        status.put("devices", 3);
        server = HttpServer.start(HttpServerConfig.loopback(0), auth, () -> status, List.of(ECHO));
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    private HttpResponse<String> get(String path, Optional<String> authorization) throws IOException,
            InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30));
        authorization.ifPresent(a -> b.header("Authorization", a));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> basic(String user, String password) {
        return Optional.of("Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bindsToLoopbackOnAnEphemeralPort() {
        assertTrue(server.port() > 0);
        assertEquals(List.of("127.0.0.1"), server.boundHosts());
    }

    @Test
    void refusesMissingCredentialsWithAChallenge() throws Exception {
        HttpResponse<String> r = get("/api/status", Optional.empty());
        assertEquals(401, r.statusCode());
        assertEquals(Optional.of("Basic realm=\"LoRaBench\", charset=\"UTF-8\""),
                r.headers().firstValue("WWW-Authenticate"));
    }

    @Test
    void refusesBadCredentials() throws Exception {
        for (Optional<String> a : List.of(basic("admin", "wrong"), basic("nobody", "pässword:1"),
                Optional.of("Basic !!!"), Optional.of("Bearer abc"), Optional.of("Basic " + Base64.getEncoder()
                        .encodeToString("no-colon".getBytes(StandardCharsets.UTF_8))))) {
            HttpResponse<String> r = get("/api/status", a);
            assertEquals(401, r.statusCode(), a.orElseThrow());
            assertTrue(r.headers().firstValue("WWW-Authenticate").isPresent());
        }
    }

    @Test
    void servesStatusJsonWithGoodCredentials() throws Exception {
        HttpResponse<String> r = get("/api/status", basic("admin", "pässword:1"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals("{\"version\":\"test\",\"started\":\"2026-03-01T10:00:00Z\",\"devices\":3}", r.body());
    }

    @Test
    void modulesSeeTheAuthenticatedAccount() throws Exception {
        HttpResponse<String> r = get("/api/echo/whoami", basic("admin", "pässword:1"));
        assertEquals(200, r.statusCode());
        assertEquals("admin", r.body());
        assertEquals(401, get("/api/echo/whoami", Optional.empty()).statusCode());
    }

    @Test
    void modulesWithTheirOwnSchemeAreNotAskedForBasic() throws Exception {
        HttpResponse<String> r = get("/api/vendor/ping", Optional.empty());
        assertEquals(200, r.statusCode());
        assertEquals("no token", r.body());
    }
}
