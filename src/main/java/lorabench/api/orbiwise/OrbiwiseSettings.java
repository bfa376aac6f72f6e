// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise;

import java.time.Duration;
import java.util.Objects;

/// The emulator switches of the OrbiWAN REST API, for what the seed leaves to the server (SEED-CHECKLIST AMB-OW-12,
/// AMB-OW-18).
///
/// @param maxSortedResults    above this many devices in a result, a sort other than by DevEUI answers 413 "Too big
///                            query" (seed §Get list of devices: "several 100k devices"; default 100000)
/// @param pageStateTtl        how long a page state stays valid (410 afterwards; default 10 minutes)
/// @param includeDownlinkData whether downlink objects carry `data`
/// @param gatewayOnlineWindow a gateway heard within this window has status `OK`
public record OrbiwiseSettings(int maxSortedResults, Duration pageStateTtl, boolean includeDownlinkData,
        Duration gatewayOnlineWindow) {
    public static final OrbiwiseSettings DEFAULT = new OrbiwiseSettings(100_000, Duration.ofMinutes(10), false,
            Duration.ofMinutes(2));

    public OrbiwiseSettings {
        if (maxSortedResults < 0) {
            throw new IllegalArgumentException("maxSortedResults must not be negative: " + maxSortedResults);
        }
        if (!Objects.requireNonNull(pageStateTtl, "pageStateTtl").isPositive()) {
            throw new IllegalArgumentException("pageStateTtl must be positive: " + pageStateTtl);
        }
        if (!Objects.requireNonNull(gatewayOnlineWindow, "gatewayOnlineWindow").isPositive()) {
            throw new IllegalArgumentException("gatewayOnlineWindow must be positive: " + gatewayOnlineWindow);
        }
    }

    /// {@return these settings with the 413 threshold `max`}
    public OrbiwiseSettings withMaxSortedResults(int max) {
        return new OrbiwiseSettings(max, pageStateTtl, includeDownlinkData, gatewayOnlineWindow);
    }
}
