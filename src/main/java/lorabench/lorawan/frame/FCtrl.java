// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import lorabench.lorawan.types.Direction;

/// The frame-control octet of the FHDR (LoRaWAN L2 1.0.4 §4.3.1). Bit meaning depends on the direction:
///
/// | bit | uplink    | downlink |
/// |-----|-----------|----------|
/// | 7   | ADR       | ADR      |
/// | 6   | ADRACKReq | RFU      |
/// | 5   | ACK       | ACK      |
/// | 4   | ClassB    | FPending |
/// | 3..0| FOptsLen  | FOptsLen |
///
/// NOTE: in a downlink, bit 6 is RFU. It is kept in `adrAckReq` so that decoding is lossless and the MIC input
/// rebuilt from the record is exactly the bytes received. `fPending` is always false in an uplink and `classB` in a
/// downlink ([DataFrame] checks this).
public record FCtrl(boolean adr, boolean adrAckReq, boolean ack, boolean fPending, boolean classB, int fOptsLen) {
    public FCtrl {
        if (fOptsLen < 0 || fOptsLen > 15) {
            throw new IllegalArgumentException("FOptsLen is 4 bits (0..15), got " + fOptsLen);
        }
        if (fPending && classB) {
            throw new IllegalArgumentException("FPending (downlink) and ClassB (uplink) share bit 4; set at most one");
        }
    }

    /// {@return uplink frame control}
    public static FCtrl uplink(boolean adr, boolean adrAckReq, boolean ack, boolean classB, int fOptsLen) {
        return new FCtrl(adr, adrAckReq, ack, false, classB, fOptsLen);
    }

    /// {@return downlink frame control}
    public static FCtrl downlink(boolean adr, boolean ack, boolean fPending, int fOptsLen) {
        return new FCtrl(adr, false, ack, fPending, false, fOptsLen);
    }

    public FCtrl withFOptsLen(int n) {
        return new FCtrl(adr, adrAckReq, ack, fPending, classB, n);
    }

    /// {@return the FCtrl byte for a frame travelling in `direction`}
    public int toByte(Direction direction) {
        int bit4 = direction == Direction.UPLINK ? (classB ? 1 : 0) : (fPending ? 1 : 0);
        return (adr ? 0x80 : 0) | (adrAckReq ? 0x40 : 0) | (ack ? 0x20 : 0) | bit4 << 4 | fOptsLen;
    }

    /// {@return the frame control in `b` read for `direction`}
    public static FCtrl fromByte(int b, Direction direction) {
        boolean bit4 = (b & 0x10) != 0;
        boolean up = direction == Direction.UPLINK;
        return new FCtrl((b & 0x80) != 0, (b & 0x40) != 0, (b & 0x20) != 0, !up && bit4, up && bit4, b & 0x0F);
    }
}
