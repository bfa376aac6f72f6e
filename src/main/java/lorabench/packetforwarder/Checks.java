// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/// Range checks shared by the records' compact constructors. A failed check is an [IllegalArgumentException],
/// which the codec reports as [MalformedDatagramException.Reason#FIELD_OUT_OF_RANGE].
final class Checks {
    static final long UINT32_MAX = 0xFFFF_FFFFL;

    private Checks() {}

    static void range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be " + min + ".." + max + ", got " + value);
        }
    }

    static void range(String field, OptionalLong value, long min, long max) {
        if (value.isPresent()) {
            range(field, value.getAsLong(), min, max);
        }
    }

    static void range(String field, OptionalInt value, long min, long max) {
        if (value.isPresent()) {
            range(field, value.getAsInt(), min, max);
        }
    }

    static void finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, got " + value);
        }
    }

    static void finite(String field, OptionalDouble value) {
        if (value.isPresent()) {
            finite(field, value.getAsDouble());
        }
    }

    static void frequency(String field, long hz) {
        range(field + " (Hz)", hz, 1, 10_000_000_000L);
    }
}
