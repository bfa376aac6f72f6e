// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import lorabench.lorawan.types.Bytes;

/// Sends `minLength..maxLength` (inclusive) bytes drawn from the device's seeded random source.
public record RandomBytes(int minLength, int maxLength) implements PayloadGenerator {
    /// The largest FRMPayload of any data rate in any region (RP002-1.0.4: 242 bytes at the fastest rates).
    public static final int MAX_LENGTH = 242;

    public RandomBytes {
        if (minLength < 0 || maxLength < minLength || maxLength > MAX_LENGTH) {
            throw new IllegalArgumentException("random payload length must satisfy 0 <= minLength <= maxLength <= "
                    + MAX_LENGTH + ", got " + minLength + ".." + maxLength);
        }
    }

    @Override
    public Bytes next(GeneratorContext ctx) {
        int n = minLength == maxLength ? minLength : ctx.random().nextInt(minLength, maxLength + 1);
        byte[] b = new byte[n];
        ctx.random().nextBytes(b);
        return Bytes.wrap(b);
    }
}
