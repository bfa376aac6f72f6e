// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.time.Duration;
import java.util.Objects;

/// Whether OTAA devices join when the scenario starts, spread uniformly over `spread` so they do not all collide.
public record JoinPlan(boolean atStart, Duration spread) {
    public static final JoinPlan DEFAULT = new JoinPlan(true, Duration.ZERO);

    public JoinPlan {
        Objects.requireNonNull(spread, "spread");
        if (spread.isNegative()) {
            throw new IllegalArgumentException("join spread must not be negative");
        }
    }
}
