// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import lorabench.lorawan.types.Direction;

/// Which frame counter a data frame carries (LoRaWAN L2 1.1 §4.3.1.5): FCntUp on uplinks; on downlinks NFCntDown
/// when FPort is absent or 0, AFCntDown when FPort > 0. In 1.0 the single FCntDown plays both downlink roles.
///
/// `fOptsId` is the byte the FOpts erratum puts at offset 4 of the FOpts A block, so that NFCntDown and AFCntDown,
/// which may hold the same value under the same NwkSEncKey, never produce the same key stream.
public enum FCntKind {
    F_CNT_UP(Direction.UPLINK, 0x01),
    N_F_CNT_DOWN(Direction.DOWNLINK, 0x01),
    A_F_CNT_DOWN(Direction.DOWNLINK, 0x02);

    /// Pass as `fPort` to [#forFrame] when the frame has no FPort field.
    public static final int NO_FPORT = -1;

    private final Direction direction;
    private final int fOptsId;

    FCntKind(Direction direction, int fOptsId) {
        this.direction = direction;
        this.fOptsId = fOptsId;
    }

    /// {@return the counter a frame in direction `dir` with this FPort carries}
    /// @param fPort the frame's FPort (0..255), or [#NO_FPORT]
    public static FCntKind forFrame(Direction dir, int fPort) {
        if (fPort < NO_FPORT || fPort > 0xFF) {
            throw new IllegalArgumentException("FPort must be 0..255 or NO_FPORT (-1), got " + fPort);
        }
        return switch (dir) {
            case UPLINK -> F_CNT_UP;
            case DOWNLINK -> fPort > 0 ? A_F_CNT_DOWN : N_F_CNT_DOWN;
        };
    }

    public Direction direction() {
        return direction;
    }

    int fOptsId() {
        return fOptsId;
    }
}
