// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import lorabench.app.LoraBenchServer;
import lorabench.app.ServerOptions;
import lorabench.server.account.AdminAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/// `lorabench serve`: runs the network server and every API headless until stopped. SIGTERM (or Ctrl+C) stops it
/// cleanly: HTTP first, then the network server commits what it accepted, then the store closes.
///
/// Once listening it prints one JSON document with the ports and, on first start only, the generated `admin`
/// password (it is also kept in `<data>/credentials.json`, readable by the owner only).
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the network server and every API headless until stopped (SIGTERM stops it cleanly).")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--http", paramLabel = "PORT", description = "HTTP port of the APIs (default: 8090; 0: any free).")
    int http = ServerOptions.DEFAULT_HTTP_PORT;

    @Option(names = "--udp", paramLabel = "PORT",
            description = "UDP port of the Semtech packet-forwarder link (default: 1700; 0: any free).")
    int udp = ServerOptions.DEFAULT_UDP_PORT;

    @Option(names = "--mqtt", paramLabel = "PORT",
            description = "MQTT port (accepted for scripts; LoRaBench has no MQTT interface yet, so nothing listens).")
    Integer mqtt;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on (default: 127.0.0.1; 0.0.0.0 lets real gateways on the LAN in).")
    String bind = ServerOptions.LOOPBACK;

    @Option(names = "--admin-password", paramLabel = "PW",
            description = "Set the admin password instead of generating one (for scripts).")
    String adminPassword;

    @Override
    public Integer call() throws InterruptedException {
        checkPort("--http", http);
        checkPort("--udp", udp);
        if (mqtt != null) {
            checkPort("--mqtt", mqtt);
            System.err.println("note: --mqtt " + mqtt + ": LoRaBench has no MQTT interface yet; nothing listens on it");
        }
        if (adminPassword != null && adminPassword.length() < 8) {
            throw new UsageException("--admin-password must have at least 8 characters");
        }
        ServerOptions options = new ServerOptions(store.dataDir(), store.config(), bind, http, udp,
                mqtt == null ? OptionalInt.empty() : OptionalInt.of(mqtt), Optional.ofNullable(adminPassword));
        LoraBenchServer server;
        try {
            server = LoraBenchServer.start(options);
        } catch (RuntimeException e) {
            throw new UsageException("cannot start the server: " + rootMessage(e), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "lorabench-shutdown"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("state", "running");
        out.put("bindAddress", bind);
        out.put("http", server.httpPort());
        out.put("udp", server.udpPort());
        out.put("dataDir", options.dataDir().toString());
        out.put("database", options.database().toString());
        out.put("admin", server.admin().username());
        if (server.admin().origin() == AdminAccount.Origin.GENERATED) {
            server.admin().password().ifPresent(p -> out.put("adminPassword", p)); // printed once, on first start
        }
        JsonOut.print(spec, JsonOut.MAPPER.valueToTree(out));
        stopped.await();
        return 0;
    }

    private static void checkPort(String option, int port) {
        if (port < 0 || port > 65_535) {
            throw new UsageException(option + " must be a port number 0..65535, got " + port);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
