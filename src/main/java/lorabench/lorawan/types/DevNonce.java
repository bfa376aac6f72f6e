// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.types;

/// The 16-bit DevNonce of a join-request: random in 1.0.x, a counter in 1.0.4 and 1.1 (LoRaWAN L2 1.1 §6.2.2).
public record DevNonce(int value) {
    public DevNonce {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("DevNonce must fit in 16 bits, got " + value);
        }
    }

    public static DevNonce parse(String text) {
        return new DevNonce((int) Hex.parseFixed(text, 2, "DevNonce"));
    }

    @Override
    public String toString() {
        return Hex.formatFixed(value, 2);
    }
}
