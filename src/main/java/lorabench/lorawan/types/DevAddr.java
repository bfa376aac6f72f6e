// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.types;

/// A 32-bit device address (LoRaWAN L2 1.0.4 §6.1.1). `toString()` is the big-endian hex people read in
/// consoles; the codec writes it least significant byte first on air.
public record DevAddr(int value) implements Comparable<DevAddr> {

    /// Parses 8 hex digits in any of the three notations of [Hex].
    public static DevAddr parse(String text) {
        return new DevAddr((int) Hex.parseFixed(text, 4, "DevAddr"));
    }

    /// {@return the address written as a decimal number} (OrbiWAN's decimal DevAddr notation)
    public static DevAddr parseDecimal(String text) {
        long v;
        try {
            v = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("DevAddr '" + text + "' is not a decimal number", e);
        }
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("DevAddr " + text + " is outside 0..4294967295");
        }
        return new DevAddr((int) v);
    }

    /// {@return the 7-bit NwkID held in the address for a type-0 NetID} (the top 7 bits)
    public int nwkIdType0() {
        return value >>> 25;
    }

    public long unsigned() {
        return Integer.toUnsignedLong(value);
    }

    @Override
    public int compareTo(DevAddr o) {
        return Integer.compareUnsigned(value, o.value);
    }

    @Override
    public String toString() {
        return Hex.formatFixed(unsigned(), 4);
    }
}
