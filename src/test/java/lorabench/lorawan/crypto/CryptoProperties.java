// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;

/// Cross-checks against BouncyCastle (test scope only): its CMac for AES-CMAC, its bare AES engine for the
/// block-level constructions.
class CryptoProperties {

    @Property(tries = 500)
    void cmacMatchesBouncyCastle(@ForAll @Size(16) byte[] key, @ForAll @Size(max = 300) byte[] message) {
        CMac reference = new CMac(AESEngine.newInstance());
        reference.init(new KeyParameter(key));
        reference.update(message, 0, message.length);
        byte[] expected = new byte[16];
        reference.doFinal(expected, 0);
        assertEquals(Bytes.wrap(expected), AesCmac.mac(AesKey.of(key), Bytes.of(message)));
    }

    @Property(tries = 300)
    void payloadCipherMatchesABlockByBlockReference(@ForAll @Size(16) byte[] key, @ForAll @Size(max = 255) byte[] payload,
            @ForAll Direction dir, @ForAll int devAddr, @ForAll @LongRange(max = 0xFFFF_FFFFL) long fCnt) {
        BlockCipher aes = AESEngine.newInstance();
        aes.init(true, new KeyParameter(key));
        byte[] expected = payload.clone();
        for (int i = 0; i * 16 < payload.length; i++) {
            byte[] a = new byte[16];
            a[0] = 0x01;
            a[5] = (byte) dir.code();
            for (int j = 0; j < 4; j++) {
                a[6 + j] = (byte) (devAddr >>> (8 * j));
                a[10 + j] = (byte) (fCnt >>> (8 * j));
            }
            a[15] = (byte) (i + 1);
            byte[] s = new byte[16];
            aes.processBlock(a, 0, s, 0);
            for (int j = 0; j < 16 && 16 * i + j < payload.length; j++) {
                expected[16 * i + j] ^= s[j];
            }
        }
        Bytes encrypted = PayloadCipher.encrypt(AesKey.of(key), dir, new DevAddr(devAddr), fCnt, Bytes.of(payload));
        assertEquals(Bytes.wrap(expected), encrypted);
        assertEquals(Bytes.of(payload), PayloadCipher.decrypt(AesKey.of(key), dir, new DevAddr(devAddr), fCnt, encrypted));
    }

    @Property(tries = 200)
    void joinAcceptEncryptionIsAesDecryption(@ForAll @Size(16) byte[] key, @ForAll @Size(32) byte[] plain,
            @ForAll @IntRange(min = 1, max = 2) int blocks) {
        int len = 16 * blocks;
        Bytes input = Bytes.of(plain, 0, len);
        BlockCipher aes = AESEngine.newInstance();
        aes.init(false, new KeyParameter(key));
        byte[] expected = new byte[len];
        for (int off = 0; off < len; off += 16) {
            aes.processBlock(plain, off, expected, off);
        }
        Bytes encrypted = JoinAcceptCipher.encrypt(AesKey.of(key), input);
        assertArrayEquals(expected, encrypted.toArray());
        assertEquals(input, JoinAcceptCipher.decrypt(AesKey.of(key), encrypted));
    }

    @Property(tries = 200)
    void uplink11MicReducesToTheSame10CmacWhenBothKeysAreEqual(@ForAll @Size(16) byte[] key,
            @ForAll @Size(min = 12, max = 64) byte[] msg, @ForAll int devAddr,
            @ForAll @LongRange(max = 0xFFFF_FFFFL) long fCnt) {
        AesKey k = AesKey.of(key);
        DevAddr addr = new DevAddr(devAddr);
        Bytes m = Bytes.of(msg);
        Bytes mic10 = Mic.dataUplink10(k, addr, fCnt, m);
        Bytes mic11 = Mic.dataUplink11(k, k, addr, fCnt, 0, 0, 0, m);
        // B1 with ConfFCnt, TxDr and TxCh all 0 equals B0, so cmacS == cmacF (cf. TTS 3B07 3B07)
        assertEquals(mic10.slice(0, 2).concat(mic10.slice(0, 2)), mic11);
    }
}
