// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.util.Objects;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;

/// EUIs made of a fixed `prefix` (0..7 bytes) followed by a big-endian counter filling the remaining bytes, starting
/// at `start`: prefix `70B3D57ED0` with start 1 gives `70B3D57ED0000001`, `70B3D57ED0000002`, ...
public record EuiPattern(Bytes prefix, long start) {
    public EuiPattern {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.size() > 7) {
            throw new IllegalArgumentException("an EUI prefix is at most 7 bytes (14 hex digits), got " + prefix.size());
        }
        if (start < 0 || Long.compareUnsigned(start, maxCounter(prefix.size())) > 0) {
            throw new IllegalArgumentException("counter start " + start + " does not fit after the prefix");
        }
    }

    private static long maxCounter(int prefixBytes) {
        int bits = 8 * (8 - prefixBytes);
        return bits == 64 ? -1L : (1L << bits) - 1;
    }

    /// {@return how many EUIs the pattern can make from `start`}, capped at [Long#MAX_VALUE]
    public long capacity() {
        long max = maxCounter(prefix.size());
        return max == -1L ? Long.MAX_VALUE : max - start + 1;
    }

    /// {@return the `index`-th EUI}
    public Eui64 at(long index) {
        if (index < 0 || index >= capacity()) {
            throw new IllegalArgumentException("EUI counter " + index + " overflows the prefix " + prefix.toHex());
        }
        long value = 0;
        for (int i = 0; i < prefix.size(); i++) {
            value = (value << 8) | prefix.get(i);
        }
        int counterBits = 8 * (8 - prefix.size());
        value = counterBits == 64 ? start + index : (value << counterBits) | (start + index);
        return new Eui64(value);
    }
}
