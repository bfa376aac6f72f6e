// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import lorabench.store.DeviceStateCounts;

/// The Dashboard's counters, read together from the running server.
///
/// @param at             when they were read, on the server's clock (the traffic chart's window ends here)
/// @param gatewaysOnline gateways whose downlink path is open (PULL_DATA received in this run)
/// @param gatewaysHeard  gateways heard in this run
/// @param devices        provisioned devices by state; `heardSince` counts those heard in the last [#HEARD_WITHIN]
public record DashboardCounts(Instant at, int gatewaysOnline, int gatewaysHeard, DeviceStateCounts devices) {
    /// How recent a device's last uplink must be for it to count as heard recently.
    public static final Duration HEARD_WITHIN = Duration.ofMinutes(15);

    public DashboardCounts {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(devices, "devices");
        if (gatewaysOnline < 0 || gatewaysHeard < 0) {
            throw new IllegalArgumentException("gateway counts must not be negative");
        }
    }
}
