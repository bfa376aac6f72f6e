// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.util.Objects;
import lorabench.lorawan.types.Eui64;

/// One concrete virtual gateway.
public record GatewaySpec(int index, Eui64 eui, Position position) {
    public GatewaySpec {
        Objects.requireNonNull(eui, "eui");
        Objects.requireNonNull(position, "position");
    }
}
