// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

/// How a device gets its session: over-the-air join or activation by personalisation (LoRaWAN L2 1.0.4 §6.2, §6.3).
public enum Activation {
    OTAA, ABP;

    public static Activation parse(String text) {
        return switch (text.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "OTAA" -> OTAA;
            case "ABP" -> ABP;
            default -> throw new IllegalArgumentException("activation must be OTAA or ABP, got '" + text + "'");
        };
    }
}
