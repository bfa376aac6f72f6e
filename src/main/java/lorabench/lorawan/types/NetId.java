// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.types;

/// A 24-bit network identifier (LoRaWAN Backend Interfaces 1.0 §13; L2 1.0.4 §6.1.1).
public record NetId(int value) {
    public NetId {
        if (value < 0 || value > 0xFF_FFFF) {
            throw new IllegalArgumentException("NetID must fit in 24 bits, got " + value);
        }
    }

    public static NetId parse(String text) {
        return new NetId((int) Hex.parseFixed(text, 3, "NetID"));
    }

    /// {@return the NetID type, the 3 most significant bits}
    public int type() {
        return value >>> 21;
    }

    @Override
    public String toString() {
        return Hex.formatFixed(value, 3);
    }
}
