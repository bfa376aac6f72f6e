// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

/// `rxpk.stat`, the CRC status of a received packet: "1 = OK, -1 = fail, 0 = no CRC" (`PROTOCOL.TXT` §4).
public enum CrcStatus {
    OK(1),
    FAIL(-1),
    NO_CRC(0);

    private final int wire;

    CrcStatus(int wire) {
        this.wire = wire;
    }

    public int wire() {
        return wire;
    }

    /// @throws IllegalArgumentException for a value other than 1, -1 and 0
    public static CrcStatus fromWire(long value) {
        if (value == 1) {
            return OK;
        } else if (value == -1) {
            return FAIL;
        } else if (value == 0) {
            return NO_CRC;
        }
        throw new IllegalArgumentException("CRC status must be 1, -1 or 0, got " + value);
    }
}
