// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.time.Instant;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;

/// Which stored uplinks a list, count or delete covers: one device or all, a time range `[from, to)` and an FPort
/// range `[minFPort, maxFPort]` (an uplink without FPort matches no port range).
public record UplinkQuery(Optional<Eui64> devEui, Optional<Instant> from, Optional<Instant> to,
        Optional<Integer> minFPort, Optional<Integer> maxFPort) {

    public static UplinkQuery all() {
        return new UplinkQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public static UplinkQuery device(Eui64 devEui) {
        return all().withDevice(devEui);
    }

    public UplinkQuery withDevice(Eui64 eui) {
        return new UplinkQuery(Optional.of(eui), from, to, minFPort, maxFPort);
    }

    public UplinkQuery between(Instant fromInclusive, Instant toExclusive) {
        return new UplinkQuery(devEui, Optional.of(fromInclusive), Optional.of(toExclusive), minFPort, maxFPort);
    }

    public UplinkQuery ports(int min, int max) {
        return new UplinkQuery(devEui, from, to, Optional.of(min), Optional.of(max));
    }
}
