// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.util.Objects;
import lorabench.lorawan.types.Eui64;

/// A gateway entry of a scenario: one gateway, or `count` generated ones.
public sealed interface GatewayTemplate {
    record Fixed(Eui64 eui, Position position) implements GatewayTemplate {
        public Fixed {
            Objects.requireNonNull(eui, "eui");
            Objects.requireNonNull(position, "position");
        }
    }

    record Generated(int count, EuiPattern eui, Placement placement) implements GatewayTemplate {
        public Generated {
            Objects.requireNonNull(eui, "eui");
            Objects.requireNonNull(placement, "placement");
            if (count < 1) {
                throw new IllegalArgumentException("count must be at least 1");
            }
        }
    }
}
