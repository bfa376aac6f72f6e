// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import lorabench.api.orbiwise.OrbiwiseSettings;
import lorabench.store.DatabaseConfig;

/// How to run the embedded server: where its data lives, which store, and where it listens. Defaults follow
/// DESIGN.md: HTTP 8090, UDP 1700, bound to 127.0.0.1, data under `~/.lorabench`.
///
/// @param mqttPort the MQTT port asked for; no MQTT interface exists yet (push over MQTT is a later issue), so it
///                 is only reported in the status
/// @param orbiwise the OrbiWAN emulation's switches (limits the seed leaves to the server)
public record ServerOptions(Path dataDir, DatabaseConfig database, String bindAddress, int httpPort, int udpPort,
                            OptionalInt mqttPort, Optional<String> adminPassword, OrbiwiseSettings orbiwise) {
    public static final int DEFAULT_HTTP_PORT = 8090;
    public static final int DEFAULT_UDP_PORT = 1700;
    public static final String LOOPBACK = "127.0.0.1";

    public ServerOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(mqttPort, "mqttPort");
        Objects.requireNonNull(adminPassword, "adminPassword");
        Objects.requireNonNull(orbiwise, "orbiwise");
    }

    /// Options with the default OrbiWAN switches.
    public ServerOptions(Path dataDir, DatabaseConfig database, String bindAddress, int httpPort, int udpPort,
            OptionalInt mqttPort, Optional<String> adminPassword) {
        this(dataDir, database, bindAddress, httpPort, udpPort, mqttPort, adminPassword, OrbiwiseSettings.DEFAULT);
    }

    /// {@return the defaults for `dataDir`}: H2 file store in it, loopback, the default ports
    public static ServerOptions defaults(Path dataDir) {
        return new ServerOptions(dataDir, DatabaseConfig.h2File(dataDir), LOOPBACK, DEFAULT_HTTP_PORT,
                DEFAULT_UDP_PORT, OptionalInt.empty(), Optional.empty());
    }

    /// {@return these options with ephemeral ports}: for tests and for several benches on one machine
    public ServerOptions withEphemeralPorts() {
        return new ServerOptions(dataDir, database, bindAddress, 0, 0, mqttPort, adminPassword, orbiwise);
    }

    public ServerOptions withAdminPassword(String password) {
        return new ServerOptions(dataDir, database, bindAddress, httpPort, udpPort, mqttPort, Optional.of(password),
                orbiwise);
    }

    public ServerOptions withOrbiwise(OrbiwiseSettings settings) {
        return new ServerOptions(dataDir, database, bindAddress, httpPort, udpPort, mqttPort, adminPassword, settings);
    }
}
