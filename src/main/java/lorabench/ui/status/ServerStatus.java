// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.status;

import java.util.List;
import java.util.Objects;

/// A snapshot of what the status bar shows about the server: state, ports, database and traffic counters.
///
/// @param state           lifecycle state
/// @param ports           listening endpoints, in display order (empty when not running)
/// @param database        a short description of the store ("H2 ~/.lorabench/db"), empty when none
/// @param gateways        connected gateways
/// @param devices         provisioned devices
/// @param framesPerSecond recent frame rate (uplinks and downlinks)
/// @param detail          an optional explanation, e.g. the failure message; empty when none
public record ServerStatus(ServerState state, List<PortBinding> ports, String database, int gateways, int devices,
        double framesPerSecond, String detail) {

    public ServerStatus {
        Objects.requireNonNull(state, "state");
        ports = List.copyOf(ports);
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(detail, "detail");
        if (gateways < 0 || devices < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        if (framesPerSecond < 0 || Double.isNaN(framesPerSecond)) {
            throw new IllegalArgumentException("framesPerSecond must be >= 0: " + framesPerSecond);
        }
    }

    /// {@return the status before any server has been composed into the GUI}
    public static ServerStatus notStarted() {
        return new ServerStatus(ServerState.NOT_STARTED, List.of(), "", 0, 0, 0, "");
    }
}
