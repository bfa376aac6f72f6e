// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import lorabench.sim.payload.Counter;
import lorabench.sim.payload.PayloadGenerator;

/// How devices imported from CSV behave in a simulation, since the import format says only who they are.
public record SimDefaults(UplinkSchedule uplink, PayloadGenerator payload, Behaviour behaviour, JoinPlan join,
                          int txPowerDbm, boolean adr, OptionalInt dataRate, long seed) {
    /// An uplink every 5 minutes ± 10 % on FPort 1 carrying a 2-byte counter, ADR on, 14 dBm, joins at start.
    public static final SimDefaults STANDARD = new SimDefaults(new UplinkSchedule(Duration.ofMinutes(5), 10, 0, 1),
            new Counter(2, 0), Behaviour.DEFAULT, JoinPlan.DEFAULT, 14, true, OptionalInt.empty(), 0);

    public SimDefaults {
        Objects.requireNonNull(uplink, "uplink");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(join, "join");
        Objects.requireNonNull(dataRate, "dataRate");
    }
}
