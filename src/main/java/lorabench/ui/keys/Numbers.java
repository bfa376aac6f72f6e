// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

import java.util.Locale;

/// Parses counters typed in decimal (`65536`, `65,536`) or hex (`0x10000`).
public final class Numbers {
    private Numbers() {}

    /// {@return the value of `text`}
    /// @throws IllegalArgumentException when it is not a number in 0..`max`
    public static long parse(String text, long max) {
        String t = text.strip().replaceAll("[,_ ]", "").toLowerCase(Locale.ROOT);
        long v;
        try {
            v = t.startsWith("0x") ? Long.parseLong(t.substring(2), 16) : Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a number (decimal, or hex with 0x)", e);
        }
        if (v < 0 || v > max) {
            throw new IllegalArgumentException(v + " is outside 0.." + max);
        }
        return v;
    }
}
