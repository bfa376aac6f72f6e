// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import java.util.Objects;
import lorabench.lorawan.types.Bytes;

/// Sends the same bytes on every uplink.
public record FixedHex(Bytes payload) implements PayloadGenerator {
    public FixedHex {
        Objects.requireNonNull(payload, "payload");
    }

    public static FixedHex parse(String hex) {
        return new FixedHex(Bytes.fromHex(hex));
    }

    @Override
    public Bytes next(GeneratorContext ctx) {
        return payload;
    }
}
