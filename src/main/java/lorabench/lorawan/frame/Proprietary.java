// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import java.util.Objects;

import lorabench.lorawan.types.Bytes;

/// A proprietary frame (MType 111): MHDR followed by an opaque payload whose format, MIC included, is
/// implementation-defined (LoRaWAN L2 1.0.4 §4.2.1). The payload therefore keeps any MIC it may carry.
public record Proprietary(MHdr mHdr, Bytes payload) implements PhyPayload {
    public Proprietary {
        Objects.requireNonNull(mHdr, "mHdr");
        if (mHdr.mType() != MType.PROPRIETARY) {
            throw new IllegalArgumentException("MHDR type " + mHdr.mType().specName() + " is not Proprietary");
        }
        Objects.requireNonNull(payload, "payload");
        if (payload.size() > Checks.MAX_PHY_PAYLOAD - 1) {
            throw new IllegalArgumentException("a PHYPayload is at most 255 bytes");
        }
    }
}
