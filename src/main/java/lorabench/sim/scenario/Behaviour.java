// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

/// How a device answers the network: whether it acknowledges confirmed downlinks, and the battery level (0 external
/// power, 1..254, 255 unknown) and demodulation margin (-32..31 dB) it reports in DevStatusAns
/// (LoRaWAN L2 1.0.4 §5.5).
public record Behaviour(boolean ackDownlinks, int battery, int margin) {
    public static final Behaviour DEFAULT = new Behaviour(true, 255, 10);

    public Behaviour {
        if (battery < 0 || battery > 255) {
            throw new IllegalArgumentException("battery must be 0..255");
        }
        if (margin < -32 || margin > 31) {
            throw new IllegalArgumentException("margin must be -32..31");
        }
    }
}
