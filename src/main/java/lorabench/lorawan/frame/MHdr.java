// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import java.util.Objects;

/// The MAC header: MType (bits 7..5), RFU (bits 4..2, always zero) and Major (bits 1..0) (LoRaWAN L2 1.0.4 §4.2).
///
/// Any major 0..3 is representable, but only major 0 ("LoRaWAN R1") defines the layout of the rest of the frame,
/// so the frame records other than [Proprietary] require major 0 and [FrameCodec#decode] rejects any other major
/// for them as malformed (ChirpStack and TTS do the same). A proprietary frame keeps whatever major it carries,
/// since its content is opaque anyway.
public record MHdr(MType mType, int major) {
    /// Major version 0, LoRaWAN R1: the only one the spec defines.
    public static final int LORAWAN_R1 = 0;

    public MHdr {
        Objects.requireNonNull(mType, "mType");
        if (major < 0 || major > 3) {
            throw new IllegalArgumentException("Major is 2 bits, got " + major);
        }
    }

    /// {@return an MHDR of LoRaWAN R1 with the given type}
    public static MHdr of(MType mType) {
        return new MHdr(mType, LORAWAN_R1);
    }

    /// {@return the MHDR byte}
    public int toByte() {
        return mType.bits() << 5 | major;
    }

    /// {@return the MHDR in `b`}, ignoring the RFU bits (the codec checks them)
    public static MHdr fromByte(int b) {
        return new MHdr(MType.fromBits((b >> 5) & 7), b & 3);
    }
}
