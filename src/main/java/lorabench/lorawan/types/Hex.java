// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.types;

import java.util.HexFormat;

/// The one place where hex text becomes bytes and bytes become hex text.
///
/// Parsing accepts the three notations of the OrbiWAN API: plain (`0102A0`), prefixed (`0x0102A0`) and
/// dash-separated (`01-02-A0`), in any case. Printing is always plain upper case, as DESIGN.md requires.
public final class Hex {
    private static final HexFormat UPPER = HexFormat.of().withUpperCase();

    private Hex() {}

    /// {@return the bytes written in `text`}
    /// @throws IllegalArgumentException naming the problem when `text` is not hex in one of the three notations
    public static byte[] parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("hex value is missing");
        }
        String s = text.strip();
        if (s.startsWith("0x") || s.startsWith("0X")) {
            s = s.substring(2);
        } else if (s.indexOf('-') >= 0) {
            s = s.replace("-", "");
        }
        if ((s.length() & 1) != 0) {
            throw new IllegalArgumentException("hex value '" + text + "' has an odd number of digits");
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                throw new IllegalArgumentException("hex value '" + text + "' has a non-hex character at position " + i);
            }
        }
        return HexFormat.of().parseHex(s);
    }

    /// {@return `bytes` as upper-case hex with no separators}
    public static String format(byte[] bytes) {
        return UPPER.formatHex(bytes);
    }

    /// {@return `bytes[from..to)` as upper-case hex}
    public static String format(byte[] bytes, int from, int to) {
        return UPPER.formatHex(bytes, from, to);
    }

    /// Parses a fixed-width big-endian number written in hex, checking its width.
    static long parseFixed(String text, int bytes, String what) {
        byte[] b;
        try {
            b = parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
        if (b.length != bytes) {
            throw new IllegalArgumentException(what + " must be " + bytes + " bytes (" + (2 * bytes)
                    + " hex digits), got " + b.length + " in '" + text + "'");
        }
        long v = 0;
        for (byte x : b) {
            v = (v << 8) | (x & 0xFF);
        }
        return v;
    }

    static String formatFixed(long value, int bytes) {
        byte[] b = new byte[bytes];
        for (int i = bytes - 1; i >= 0; i--) {
            b[i] = (byte) value;
            value >>>= 8;
        }
        return format(b);
    }
}
