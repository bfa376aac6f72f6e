// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.util.OptionalInt;

/// What a test bench may change on a running device (`PUT /api/sim/devices/{devEui}/behaviour`).
///
/// @param ackDownlinks whether confirmed downlinks are acknowledged in the next uplink
/// @param battery      DevStatusAns Battery: 0 external power, 1..254 level, 255 unknown (L2 1.0.4 §5.5)
/// @param margin       DevStatusAns Margin to report (-32..31 dB); empty reports the SNR of the DevStatusReq downlink
public record DeviceBehaviour(boolean ackDownlinks, int battery, OptionalInt margin) {
    public static final DeviceBehaviour DEFAULT = new DeviceBehaviour(true, 255, OptionalInt.empty());

    public DeviceBehaviour {
        if (battery < 0 || battery > 255) {
            throw new IllegalArgumentException("battery must be 0..255, got " + battery);
        }
        margin.ifPresent(m -> {
            if (m < -32 || m > 31) {
                throw new IllegalArgumentException("margin must be -32..31, got " + m);
            }
        });
    }
}
