// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import java.util.ArrayList;
import java.util.List;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;

/// FRMPayload encryption (LoRaWAN L2 1.0.4 §4.3.3; L2 1.1 §4.3.3): the payload is XORed with the key stream
/// `S = AES(K, A1) | AES(K, A2) | ...`, `Ai = 0x01 | 4 x 0x00 | Dir | DevAddr | FCnt | 0x00 | i`, so encryption and
/// decryption are the same operation.
///
/// The key is AppSKey for FPort > 0 and NwkSKey (1.0) or NwkSEncKey (1.1) for FPort 0. On 1.1 downlinks `fCnt32` is
/// AFCntDown for FPort > 0 and NFCntDown otherwise: the counter the frame carries.
public final class PayloadCipher {
    /// The block counter `i` is one byte, so a payload may span at most 255 blocks.
    static final int MAX_LENGTH = 255 * 16;

    private PayloadCipher() {}

    /// {@return `payload` encrypted} (the same as [#decrypt])
    public static Bytes encrypt(AesKey key, Direction dir, DevAddr devAddr, long fCnt32, Bytes payload) {
        return apply(key, dir, devAddr, fCnt32, payload);
    }

    /// {@return `payload` decrypted} (the same as [#encrypt])
    public static Bytes decrypt(AesKey key, Direction dir, DevAddr devAddr, long fCnt32, Bytes payload) {
        return apply(key, dir, devAddr, fCnt32, payload);
    }

    /// {@return one step per block}: `Ai` and the key-stream block `Si = AES(K, Ai)`
    public static List<CryptoStep> steps(AesKey key, Direction dir, DevAddr devAddr, long fCnt32, Bytes payload) {
        int blocks = blockCount(payload.size());
        byte[] a = aBlocks(blocks, dir, devAddr, fCnt32);
        byte[] s = KeyedAes.cached(key).encryptBlocks(a, a.length);
        List<CryptoStep> steps = new ArrayList<>(blocks);
        for (int i = 0; i < blocks; i++) {
            steps.add(new CryptoStep("A" + (i + 1) + " -> S" + (i + 1), Bytes.of(a, 16 * i, 16 * i + 16),
                    Bytes.of(s, 16 * i, 16 * i + 16)));
        }
        return List.copyOf(steps);
    }

    private static Bytes apply(AesKey key, Direction dir, DevAddr devAddr, long fCnt32, Bytes payload) {
        int len = payload.size();
        Blocks.checkFCnt(fCnt32);
        if (len == 0) {
            return Bytes.EMPTY;
        }
        int blocks = blockCount(len);
        byte[] a = aBlocks(blocks, dir, devAddr, fCnt32);
        byte[] s = KeyedAes.cached(key).encryptBlocks(a, a.length);
        byte[] out = payload.toArray();
        for (int i = 0; i < len; i++) {
            out[i] ^= s[i];
        }
        return Bytes.wrap(out);
    }

    private static int blockCount(int len) {
        if (len > MAX_LENGTH) {
            throw new IllegalArgumentException("FRMPayload of " + len + " bytes exceeds " + MAX_LENGTH
                    + " bytes (255 blocks)");
        }
        return (len + 15) >>> 4;
    }

    private static byte[] aBlocks(int blocks, Direction dir, DevAddr devAddr, long fCnt32) {
        byte[] a = new byte[16 * blocks];
        for (int i = 0; i < blocks; i++) {
            Blocks.a(a, 16 * i, 0, dir, devAddr, fCnt32, i + 1);
        }
        return a;
    }
}
