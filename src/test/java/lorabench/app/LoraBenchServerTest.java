// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import lorabench.server.account.AdminAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The composition root as `lorabench serve` runs it: store, UDP network server, admin account and HTTP APIs.
class LoraBenchServerTest {
    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void firstStartGeneratesTheAdminOnceAndServesTheStatusOnlyWithCredentials() throws Exception {
        String password;
        try (LoraBenchServer s = LoraBenchServer.start(ServerOptions.defaults(data).withEphemeralPorts())) {
            assertEquals(AdminAccount.Origin.GENERATED, s.admin().origin());
            password = s.admin().password().orElseThrow();
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(data.resolve("credentials.json"))));
            assertEquals(401, get(s, null).statusCode());
            assertEquals(401, get(s, "admin:wrong-password").statusCode());
            HttpResponse<String> ok = get(s, "admin:" + password);
            assertEquals(200, ok.statusCode());
            assertTrue(ok.body().contains("\"udp\":" + s.udpPort()), ok.body());
            assertTrue(s.udpPort() > 0);
        }
        try (LoraBenchServer again = LoraBenchServer.start(ServerOptions.defaults(data).withEphemeralPorts())) {
            assertEquals(AdminAccount.Origin.EXISTING, again.admin().origin());
            assertEquals(200, get(again, "admin:" + password).statusCode());
        }
    }

    @Test
    void listensOnLoopbackByDefault() {
        try (LoraBenchServer s = LoraBenchServer.start(ServerOptions.defaults(data).withEphemeralPorts()
                .withAdminPassword("a-long-password"))) {
            assertEquals("127.0.0.1", s.server().udp().orElseThrow().localAddress().getAddress().getHostAddress());
            assertEquals("127.0.0.1", s.status().get("bindAddress"));
        }
    }

    @Test
    void theStatusListsOnlyPortsThatListen() {
        ServerOptions o = ServerOptions.defaults(data).withEphemeralPorts().withAdminPassword("a-long-password");
        ServerOptions withMqtt = new ServerOptions(o.dataDir(), o.database(), o.bindAddress(), 0, 0,
                OptionalInt.of(1883), o.adminPassword());
        try (LoraBenchServer s = LoraBenchServer.start(withMqtt)) {
            assertEquals(Set.of("http", "udp"), ((Map<?, ?>) s.status().get("ports")).keySet(),
                    "--mqtt is accepted, but no MQTT interface listens yet");
        }
    }

    private HttpResponse<String> get(LoraBenchServer s, String credentials) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.httpPort() + "/api/status"));
        if (credentials != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
