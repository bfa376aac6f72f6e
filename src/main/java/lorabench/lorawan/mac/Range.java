// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.mac;

/// Range checks for the compact constructors of [MacCommand] records.
final class Range {
    /// Frequencies in MAC commands are 24-bit counts of 100 Hz (LoRaWAN L2 1.0.4 §5.6).
    static final long MAX_FREQUENCY_HZ = 0xFF_FFFFL * 100;

    private Range() {}

    static void bits(String name, int value, int bits) {
        if (value < 0 || value >= 1 << bits) {
            throw new IllegalArgumentException(name + " is " + bits + " bits (0.." + ((1 << bits) - 1) + "), got " + value);
        }
    }

    static void frequency(String name, long hz) {
        if (hz < 0 || hz > MAX_FREQUENCY_HZ || hz % 100 != 0) {
            throw new IllegalArgumentException(name + " must be a multiple of 100 Hz in 0.." + MAX_FREQUENCY_HZ
                    + ", got " + hz);
        }
    }
}
