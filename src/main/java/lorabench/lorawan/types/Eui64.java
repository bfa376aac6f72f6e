// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.types;

/// An IEEE EUI-64 (DevEUI, JoinEUI/AppEUI, gateway EUI). `toString()` is big-endian hex.
public record Eui64(long value) implements Comparable<Eui64> {

    public static Eui64 parse(String text) {
        return new Eui64(Hex.parseFixed(text, 8, "EUI-64"));
    }

    /// {@return the EUI in its big-endian byte order} (the order of the gateway protocol's header)
    public Bytes toBigEndian() {
        byte[] b = new byte[8];
        long v = value;
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return Bytes.wrap(b);
    }

    @Override
    public int compareTo(Eui64 o) {
        return Long.compareUnsigned(value, o.value);
    }

    @Override
    public String toString() {
        return Hex.formatFixed(value, 8);
    }
}
