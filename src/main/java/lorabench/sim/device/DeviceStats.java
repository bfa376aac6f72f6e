// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.time.Duration;

/// A device's counters for the session summary.
///
/// @param uplinks       uplinks requested and completed (each with its own FCnt)
/// @param transmissions frames put on the air, join-requests and repetitions included
/// @param acked         confirmed uplinks acknowledged
/// @param unacked       confirmed uplinks given up without acknowledgement
/// @param rejoinRequests rejoin-requests put on the air (LoRaWAN 1.1)
/// @param rejoins       rejoin-requests answered with a join-accept
public record DeviceStats(long joinRequests, long joins, long uplinks, long transmissions, long downlinks,
        long acked, long unacked, Duration airtime, long rejoinRequests, long rejoins) {
}
