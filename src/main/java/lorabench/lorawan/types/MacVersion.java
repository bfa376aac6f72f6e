// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.types;

/// LoRaWAN link-layer versions a device may implement.
public enum MacVersion {
    V1_0_0("1.0.0"), V1_0_1("1.0.1"), V1_0_2("1.0.2"), V1_0_3("1.0.3"), V1_0_4("1.0.4"), V1_1("1.1");

    private final String text;

    MacVersion(String text) {
        this.text = text;
    }

    /// Accepts `1.0.0` ... `1.0.4`, `1.1` and `1.1.0`; `1.0` alone means 1.0.4, the current 1.0 revision.
    public static MacVersion parse(String text) {
        String t = text.strip();
        if (t.equals("1.0")) {
            return V1_0_4;
        }
        if (t.equals("1.1.0")) {
            return V1_1;
        }
        for (MacVersion v : values()) {
            if (v.text.equals(t)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown LoRaWAN version '" + text + "' (expected 1.0.0 ... 1.0.4 or 1.1)");
    }

    public boolean is11() {
        return this == V1_1;
    }

    /// {@return whether DevNonce is a counter the network must see grow} (1.0.4 and 1.1; random before)
    public boolean devNonceIsCounter() {
        return this == V1_0_4 || this == V1_1;
    }

    @Override
    public String toString() {
        return text;
    }
}
