// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;

/// AES-CMAC (RFC 4493), the MAC behind every LoRaWAN MIC (LoRaWAN L2 1.0.4 §4.4, §6.2.2; L2 1.1 §4.4).
///
/// The JDK's standard providers have no AES-CMAC, so it is built here, once, on the JDK's AES: subkeys K1/K2 by
/// doubling `L = AES(K, 0^128)` in GF(2^128) (RFC 4493 §2.3), the last block XORed with K1 when complete or padded
/// with `10*` and XORed with K2 otherwise (§2.4), then a CBC-MAC over all blocks. [KeyedAes] caches the ciphers and
/// subkeys per key.
public final class AesCmac {
    /// `R_128` of RFC 4493 §2.3: the reduction constant of GF(2^128).
    private static final int RB = 0x87;

    private AesCmac() {}

    /// {@return the full 16-byte AES-CMAC of `message` under `key`}, using this thread's cached cipher for `key`
    public static Bytes mac(AesKey key, Bytes message) {
        return mac(KeyedAes.cached(key), message);
    }

    /// {@return the full 16-byte AES-CMAC of `message`} with an explicitly held [KeyedAes]
    public static Bytes mac(KeyedAes key, Bytes message) {
        int len = message.size();
        byte[] buf = new byte[paddedLength(len)];
        message.copyTo(buf, 0);
        byte[] out = new byte[16];
        macInPlace(key, buf, len, out);
        return Bytes.wrap(out);
    }

    /// {@return the buffer length [#macInPlace] needs for a `len`-byte message}: whole blocks, at least one
    static int paddedLength(int len) {
        return len == 0 ? 16 : (len + 15) & ~15;
    }

    /// Computes the CMAC of `buf[0..len)` into `out[0..16)`. `buf` must hold [#paddedLength] bytes; its last block
    /// is padded and masked in place, so the caller must not reuse the buffer's contents afterwards.
    static void macInPlace(KeyedAes key, byte[] buf, int len, byte[] out) {
        int total = paddedLength(len);
        int last = total - 16;
        byte[] subkey;
        if (len != 0 && (len & 15) == 0) {
            subkey = key.k1;
        } else {
            buf[len] = (byte) 0x80;
            for (int i = len + 1; i < total; i++) {
                buf[i] = 0;
            }
            subkey = key.k2;
        }
        for (int i = 0; i < 16; i++) {
            buf[last + i] ^= subkey[i];
        }
        key.cbcMacInto(buf, total, out);
    }

    /// {@return `in` shifted left by one bit in GF(2^128), reduced by [#RB]} (the subkey step of RFC 4493 §2.3)
    static byte[] doubleInGf128(byte[] in) {
        byte[] out = new byte[16];
        for (int i = 0; i < 15; i++) {
            out[i] = (byte) ((in[i] << 1) | ((in[i + 1] & 0xFF) >>> 7));
        }
        out[15] = (byte) (in[15] << 1);
        if ((in[0] & 0x80) != 0) {
            out[15] ^= (byte) RB;
        }
        return out;
    }
}
