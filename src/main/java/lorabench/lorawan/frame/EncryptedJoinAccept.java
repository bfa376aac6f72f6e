// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import java.util.Objects;
import lorabench.lorawan.types.Bytes;

/// A join-accept as on air: everything after the MHDR, MIC included, is AES-encrypted (LoRaWAN L2 1.0.4 §6.2.5),
/// 16 bytes without a CFList or 32 with one.
public record EncryptedJoinAccept(MHdr mHdr, Bytes encrypted) implements PhyPayload {
    public EncryptedJoinAccept {
        Checks.mHdr(mHdr, MType.JOIN_ACCEPT);
        Objects.requireNonNull(encrypted, "encrypted");
        if (encrypted.size() != 16 && encrypted.size() != 32) {
            throw new IllegalArgumentException("an encrypted join-accept is 16 or 32 bytes after the MHDR, got "
                    + encrypted.size());
        }
    }
}
