// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

/// The port field of a data frame (LoRaWAN L2 1.0.4 §4.3.2): 0 means the FRMPayload holds MAC commands only,
/// 1..223 are application ports, 224 is the LoRaWAN MAC-layer test protocol and 225..255 are reserved.
/// A frame without an FPort is represented by an empty `Optional<FPort>` in [DataFrame], never by `null`.
public record FPort(int value) {
    public static final FPort MAC = new FPort(0);

    public FPort {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("FPort is one byte (0..255), got " + value);
        }
    }

    /// {@return whether the FRMPayload carries MAC commands} (port 0)
    public boolean isMac() {
        return value == 0;
    }

    /// {@return whether this is an application port} (1..223)
    public boolean isApplication() {
        return value >= 1 && value <= 223;
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
