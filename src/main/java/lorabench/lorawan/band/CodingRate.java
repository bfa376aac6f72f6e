// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

/// LoRa forward-error-correction coding rates 4/5 ... 4/8. LoRaWAN always transmits with 4/5 (RP002-1.0.4 §2).
public enum CodingRate {
    CR4_5(1), CR4_6(2), CR4_7(3), CR4_8(4);

    private final int extraBits;

    CodingRate(int extraBits) {
        this.extraBits = extraBits;
    }

    /// {@return `CR` of the SX1276 time-on-air formula: 1 for 4/5 ... 4 for 4/8}
    public int extraBits() {
        return extraBits;
    }

    /// {@return the rate as written by packet forwarders, e.g. `4/5`}
    public String text() {
        return "4/" + (4 + extraBits);
    }

    /// {@return the rate written `4/5` ... `4/8`}
    public static CodingRate parse(String text) {
        for (CodingRate c : values()) {
            if (c.text().equals(text.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown LoRa coding rate '" + text + "' (expected 4/5 ... 4/8)");
    }
}
