// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

/// The DLSettings octet of a join-accept (and of RXParamSetupReq): bit 7 OptNeg (LoRaWAN 1.1; RFU in 1.0.x),
/// bits 6..4 RX1DROffset, bits 3..0 RX2DataRate (LoRaWAN L2 1.0.4 §6.2.3, L2 1.1 §6.2.3). All 8 bits are kept, so
/// the byte round-trips exactly.
public record DlSettings(boolean optNeg, int rx1DrOffset, int rx2DataRate) {
    public DlSettings {
        if (rx1DrOffset < 0 || rx1DrOffset > 7) {
            throw new IllegalArgumentException("RX1DROffset is 3 bits (0..7), got " + rx1DrOffset);
        }
        if (rx2DataRate < 0 || rx2DataRate > 15) {
            throw new IllegalArgumentException("RX2DataRate is 4 bits (0..15), got " + rx2DataRate);
        }
    }

    public int toByte() {
        return (optNeg ? 0x80 : 0) | rx1DrOffset << 4 | rx2DataRate;
    }

    public static DlSettings fromByte(int b) {
        return new DlSettings((b & 0x80) != 0, (b >> 4) & 7, b & 0x0F);
    }
}
