// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

/// The device class: A (baseline), B (beacon-synchronised ping slots) or C (continuously listening)
/// (LoRaWAN L2 1.0.4 §2.1).
public enum DeviceClass {
    A, B, C;

    public static DeviceClass parse(String text) {
        return switch (text.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "A" -> A;
            case "B" -> B;
            case "C" -> C;
            default -> throw new IllegalArgumentException("device class must be A, B or C, got '" + text + "'");
        };
    }
}
