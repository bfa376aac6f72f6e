// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

import lorabench.lorawan.types.Bytes;

/// Sends `start + uplinkCounter` as an unsigned big-endian integer of `width` bytes, wrapping modulo 2^(8·width).
public record Counter(int width, long start) implements PayloadGenerator {
    public Counter {
        if (width < 1 || width > 8) {
            throw new IllegalArgumentException("counter width must be 1..8 bytes, got " + width);
        }
    }

    @Override
    public Bytes next(GeneratorContext ctx) {
        long v = start + ctx.uplinkCounter();
        byte[] b = new byte[width];
        for (int i = width - 1; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return Bytes.wrap(b);
    }
}
