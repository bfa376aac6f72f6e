// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import lorabench.store.DatabaseConfig;

/// How to run the embedded server: where its data lives, which store, and where it listens. Defaults follow
/// DESIGN.md: HTTP 8090, UDP 1700, bound to 127.0.0.1, data under `~/.lorabench`.
///
/// @param mqttPort the MQTT port asked for; no MQTT interface exists yet (push over MQTT is a later issue), so it
///                 is only reported in the status
public record ServerOptions(Path dataDir, DatabaseConfig database, String bindAddress, int httpPort, int udpPort,
                            OptionalInt mqttPort, Optional<String> adminPassword) {
    public static final int DEFAULT_HTTP_PORT = 8090;
    public static final int DEFAULT_UDP_PORT = 1700;
    public static final String LOOPBACK = "127.0.0.1";

    public ServerOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(mqttPort, "mqttPort");
        Objects.requireNonNull(adminPassword, "adminPassword");
    }

    /// {@return the defaults for `dataDir`}: H2 file store in it, loopback, the default ports
    public static ServerOptions defaults(Path dataDir) {
        return new ServerOptions(dataDir, DatabaseConfig.h2File(dataDir), LOOPBACK, DEFAULT_HTTP_PORT,
                DEFAULT_UDP_PORT, OptionalInt.empty(), Optional.empty());
    }

    /// {@return these options with ephemeral ports}: for tests and for several benches on one machine
    public ServerOptions withEphemeralPorts() {
        return new ServerOptions(dataDir, database, bindAddress, 0, 0, mqttPort, adminPassword);
    }

    public ServerOptions withAdminPassword(String password) {
        return new ServerOptions(dataDir, database, bindAddress, httpPort, udpPort, mqttPort, Optional.of(password));
    }
}
