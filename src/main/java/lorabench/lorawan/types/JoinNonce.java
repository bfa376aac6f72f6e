// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.types;

/// The 24-bit JoinNonce (AppNonce in 1.0.x) a join server puts in a join-accept (LoRaWAN L2 1.1 §6.2.3).
public record JoinNonce(int value) {
    public JoinNonce {
        if (value < 0 || value > 0xFF_FFFF) {
            throw new IllegalArgumentException("JoinNonce must fit in 24 bits, got " + value);
        }
    }

    public static JoinNonce parse(String text) {
        return new JoinNonce((int) Hex.parseFixed(text, 3, "JoinNonce"));
    }

    @Override
    public String toString() {
        return Hex.formatFixed(value, 3);
    }
}
