// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

/// How many provisioned devices are in each activation state, read in one query
/// ([DeviceRepository#countByState(java.time.Instant)]).
///
/// @param otaaNotJoined OTAA devices without a session (never joined, or their session was removed)
/// @param otaaJoined    OTAA devices with a session (LoRaWAN L2 1.0.4 §6.2)
/// @param abpActive     ABP devices with a session (§6.1)
/// @param abpInactive   ABP devices without a session
/// @param heardSince    devices of any state whose last uplink was received at or after the given instant
public record DeviceStateCounts(long otaaNotJoined, long otaaJoined, long abpActive, long abpInactive,
        long heardSince) {
    public DeviceStateCounts {
        for (long n : new long[] {otaaNotJoined, otaaJoined, abpActive, abpInactive, heardSince}) {
            if (n < 0) {
                throw new IllegalArgumentException("device counts must not be negative: " + n);
            }
        }
    }

    /// {@return no devices at all}
    public static DeviceStateCounts none() {
        return new DeviceStateCounts(0, 0, 0, 0, 0);
    }

    /// {@return how many devices are provisioned}
    public long total() {
        return otaaNotJoined + otaaJoined + abpActive + abpInactive;
    }
}
