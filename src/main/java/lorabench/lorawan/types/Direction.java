// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.types;

/// The direction of a frame: from the device (uplink) or to it (downlink). The `code` is the Dir byte of the
/// B0/Ai blocks (LoRaWAN L2 1.0.4 §4.3.3, §4.4).
public enum Direction {
    UPLINK(0), DOWNLINK(1);

    private final int code;

    Direction(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
