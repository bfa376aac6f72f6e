// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import lorabench.sim.payload.PayloadGenerator;

/// One concrete virtual device, ready for a runner: who it is, where it is, how it transmits and what it sends.
///
/// @param index         its position in the expansion (0-based); also the generator context's device index
/// @param template      the name of the template it came from (`csv` for CSV imports)
/// @param joinAt        OTAA devices joining at start: the offset from the scenario start of the first join request
/// @param firstUplinkAt the offset of the first uplink, from the start (ABP) or from the join (OTAA)
/// @param randomSeed    the seed of the device's own random source (jitter, confirmed draws, payload generator)
public record DeviceSpec(int index, String template, DeviceIdentity identity, Optional<Position> position,
                         int txPowerDbm, boolean adr, OptionalInt dataRate, UplinkSchedule uplink,
                         PayloadGenerator payload, Behaviour behaviour, Optional<Duration> joinAt,
                         Duration firstUplinkAt, long randomSeed) {
    public DeviceSpec {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(dataRate, "dataRate");
        Objects.requireNonNull(uplink, "uplink");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(joinAt, "joinAt");
        Objects.requireNonNull(firstUplinkAt, "firstUplinkAt");
    }
}
