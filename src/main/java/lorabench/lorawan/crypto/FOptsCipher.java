// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;

/// LoRaWAN 1.1 FOpts encryption under NwkSEncKey (L2 1.1 §4.3.1.6 as amended by the LoRa Alliance erratum
/// "FOpts encryption, usage of FCntDwn" on L2 1.1). 1.0 frames carry FOpts in clear.
///
/// The erratum's single key-stream block is
/// `A = 0x01 | 0x00 0x00 0x00 | id | Dir | DevAddr | FCnt | 0x00 | 0x01`, where `id` is 0x01 for FCntUp and NFCntDown
/// and 0x02 for AFCntDown, and FCnt is the counter the frame carries: FCntUp on uplinks, NFCntDown on downlinks
/// without FPort or with FPort 0, AFCntDown on downlinks with FPort > 0 ([FCntKind#forFrame]). This is what
/// LoRaMac-node (`FOptsEncrypt` for versions after 1.1.0), ChirpStack (`lrwn` `encrypt_f_opts`) and The Things Stack
/// since 3.19 implement.
///
/// The 1.1 text before the erratum used `A = 0x01 | 4 x 0x00 | Dir | DevAddr | FCntUp or NFCntDown | 0x00 | 0x00`,
/// which reuses key stream between NFCntDown and AFCntDown; it is kept as [#applyPreErratum] only to talk to
/// implementations that never adopted the erratum (The Things Stack before 3.19).
public final class FOptsCipher {
    /// FOptsLen is 4 bits.
    public static final int MAX_LENGTH = 15;

    private FOptsCipher() {}

    /// {@return `fOpts` encrypted or decrypted (the same XOR) as the erratum specifies}
    /// @param counter which counter `fCnt32` is, see [FCntKind#forFrame]
    public static Bytes apply(AesKey nwkSEncKey, FCntKind counter, DevAddr devAddr, long fCnt32, Bytes fOpts) {
        return xor(nwkSEncKey, aBlock(counter.fOptsId(), counter.direction(), devAddr, fCnt32, 0x01), fOpts);
    }

    /// {@return `fOpts` encrypted or decrypted with the pre-erratum block} (counter byte 0x00, id 0x00)
    public static Bytes applyPreErratum(AesKey nwkSEncKey, Direction dir, DevAddr devAddr, long fCnt32, Bytes fOpts) {
        return xor(nwkSEncKey, aBlock(0, dir, devAddr, fCnt32, 0x00), fOpts);
    }

    /// {@return the step: the A block and its key stream `AES(NwkSEncKey, A)`} (erratum form)
    public static CryptoStep step(AesKey nwkSEncKey, FCntKind counter, DevAddr devAddr, long fCnt32) {
        byte[] a = aBlock(counter.fOptsId(), counter.direction(), devAddr, fCnt32, 0x01);
        return new CryptoStep("A (FOpts) -> S", Bytes.of(a), Bytes.wrap(KeyedAes.cached(nwkSEncKey).encryptBlock(a)));
    }

    private static byte[] aBlock(int id, Direction dir, DevAddr devAddr, long fCnt32, int counter) {
        byte[] a = new byte[16];
        Blocks.a(a, 0, id, dir, devAddr, fCnt32, counter);
        return a;
    }

    private static Bytes xor(AesKey key, byte[] a, Bytes fOpts) {
        if (fOpts.size() > MAX_LENGTH) {
            throw new IllegalArgumentException("FOpts is at most 15 bytes, got " + fOpts.size());
        }
        if (fOpts.isEmpty()) {
            return Bytes.EMPTY;
        }
        byte[] s = KeyedAes.cached(key).encryptBlock(a);
        byte[] out = fOpts.toArray();
        for (int i = 0; i < out.length; i++) {
            out[i] ^= s[i];
        }
        return Bytes.wrap(out);
    }
}
