// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;

/// Join-accept encryption (LoRaWAN L2 1.0.4 §6.2.5; L2 1.1 §6.2.3): everything after MHDR, MIC included (16 bytes,
/// or 32 with a CFList), is put through AES-ECB. The network *decrypts* to encrypt, so that the device only needs
/// AES encryption to recover the plaintext.
///
/// The key is AppKey (1.0), NwkKey (1.1 answer to a join-request, and any answer with OptNeg unset) or JSEncKey
/// (1.1 answer to a rejoin-request).
public final class JoinAcceptCipher {
    private JoinAcceptCipher() {}

    /// {@return the on-air bytes after MHDR}: `AES-Decrypt(key, plaintext)`
    /// @param plaintextAfterMhdr `JoinNonce | NetID | DevAddr | DLSettings | RxDelay | [CFList] | MIC`
    public static Bytes encrypt(AesKey key, Bytes plaintextAfterMhdr) {
        byte[] in = checked(plaintextAfterMhdr);
        return Bytes.wrap(KeyedAes.cached(key).decryptBlocks(in, in.length));
    }

    /// {@return the plaintext after MHDR, MIC included}: `AES-Encrypt(key, encrypted)`
    public static Bytes decrypt(AesKey key, Bytes encrypted) {
        byte[] in = checked(encrypted);
        return Bytes.wrap(KeyedAes.cached(key).encryptBlocks(in, in.length));
    }

    private static byte[] checked(Bytes b) {
        if (b.size() != 16 && b.size() != 32) {
            throw new IllegalArgumentException("a join-accept after MHDR is 16 or 32 bytes (MIC included), got "
                    + b.size());
        }
        return b.toArray();
    }
}
