// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import java.util.Objects;
import lorabench.lorawan.types.Bytes;

/// Validation shared by the compact constructors of the frame records.
final class Checks {
    /// The largest PHYPayload a LoRa physical frame can carry (the PHY length field is one byte). Regional
    /// parameters lower it per data rate; that is the band's business, not the codec's.
    static final int MAX_PHY_PAYLOAD = 255;

    private Checks() {}

    static void mHdr(MHdr mHdr, MType expected) {
        Objects.requireNonNull(mHdr, "mHdr");
        if (mHdr.mType() != expected) {
            throw new IllegalArgumentException("MHDR type " + mHdr.mType().specName() + " where "
                    + expected.specName() + " was expected");
        }
        r1(mHdr);
    }

    static void r1(MHdr mHdr) {
        if (mHdr.major() != MHdr.LORAWAN_R1) {
            throw new IllegalArgumentException("only major 0 (LoRaWAN R1) defines this frame layout, got "
                    + mHdr.major());
        }
    }

    static void mic(Bytes mic) {
        Objects.requireNonNull(mic, "mic");
        if (mic.size() != 4) {
            throw new IllegalArgumentException("MIC must be 4 bytes, got " + mic.size());
        }
    }

    static void u16(String what, int v) {
        if (v < 0 || v > 0xFFFF) {
            throw new IllegalArgumentException(what + " is 16 bits, got " + v);
        }
    }
}
