// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import lorabench.lorawan.types.AesKey;

/// One AES-128 key with its initialised JCA ciphers and its AES-CMAC subkeys K1/K2 (RFC 4493 §2.3), so that a
/// MIC or a payload block costs one JCA call instead of a `Cipher.getInstance` + key schedule (about 10x slower).
///
/// Built on the JDK's `AES/ECB/NoPadding` and `AES/CBC/NoPadding` (AES-NI intrinsics). CMAC uses the CBC cipher with a
/// zero IV: `doFinal` returns the cipher to that zero IV, so one call chains every block of a message.
///
/// **Not thread-safe**: a `KeyedAes` must stay on one thread. The static functions of this package get theirs from
/// [#cached(AesKey)], a small per-thread LRU cache, which makes them safe to call from any thread. The cache keeps key
/// material in memory for the life of the thread (at most [#CACHE_SIZE] keys per thread); under virtual threads
/// each task starts with an empty cache and pays the cipher set-up once per key.
public final class KeyedAes {
    /// How many keys each thread keeps initialised: enough for a virtual-time run of 10,000 devices, whose loop
    /// thread uses four keys per device in turn (the devices' and the server's session keys) and missed on every
    /// frame with 1,024.
    public static final int CACHE_SIZE = 65_536;

    private static final byte[] ZERO_IV = new byte[16];

    private static final ThreadLocal<Cache> CACHE = ThreadLocal.withInitial(Cache::new);

    private final SecretKeySpec spec;
    private final Cipher ecbEncrypt;
    private final Cipher cbcMac;
    private Cipher ecbDecrypt;
    final byte[] k1;
    final byte[] k2;
    private byte[] scratch = new byte[64];

    private KeyedAes(AesKey key) {
        spec = new SecretKeySpec(key.toArray(), "AES");
        try {
            ecbEncrypt = Cipher.getInstance("AES/ECB/NoPadding");
            ecbEncrypt.init(Cipher.ENCRYPT_MODE, spec);
            cbcMac = Cipher.getInstance("AES/CBC/NoPadding");
            cbcMac.init(Cipher.ENCRYPT_MODE, spec, new IvParameterSpec(ZERO_IV));
            byte[] l = ecbEncrypt.doFinal(new byte[16]);
            k1 = AesCmac.doubleInGf128(l);
            k2 = AesCmac.doubleInGf128(k1);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's AES-128 is unavailable", e);
        }
    }

    /// {@return a new, uncached instance for `key`}, for callers that hold it themselves (one per thread)
    public static KeyedAes create(AesKey key) {
        return new KeyedAes(key);
    }

    /// {@return this thread's instance for `key`}, created on first use and kept in a per-thread LRU cache
    public static KeyedAes cached(AesKey key) {
        return CACHE.get().get(key);
    }

    /// {@return `AES-128-Encrypt(key, block)`} for one 16-byte block (key derivation, A blocks)
    public byte[] encryptBlock(byte[] block) {
        if (block.length != 16) {
            throw new IllegalArgumentException("an AES block is 16 bytes, got " + block.length);
        }
        return encryptBlocks(block, 16);
    }

    /// {@return the ECB encryption of the first `len` bytes of `in`} (`len` a multiple of 16)
    byte[] encryptBlocks(byte[] in, int len) {
        try {
            return ecbEncrypt.doFinal(in, 0, len);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-ECB encryption failed", e);
        }
    }

    /// {@return the ECB decryption of the first `len` bytes of `in`} (`len` a multiple of 16)
    byte[] decryptBlocks(byte[] in, int len) {
        try {
            if (ecbDecrypt == null) {
                ecbDecrypt = Cipher.getInstance("AES/ECB/NoPadding");
                ecbDecrypt.init(Cipher.DECRYPT_MODE, spec);
            }
            return ecbDecrypt.doFinal(in, 0, len);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-ECB decryption failed", e);
        }
    }

    /// Writes into `out[0..16)` the last block of the CBC encryption (zero IV) of `in[0..len)`: a CBC-MAC.
    void cbcMacInto(byte[] in, int len, byte[] out) {
        if (scratch.length < len) {
            scratch = new byte[Math.max(len, 2 * scratch.length)];
        }
        try {
            cbcMac.doFinal(in, 0, len, scratch, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CBC encryption failed", e);
        }
        System.arraycopy(scratch, len - 16, out, 0, 16);
    }

    @Override
    public String toString() {
        return "KeyedAes[redacted]";
    }

    /// Access-ordered map that forgets the least recently used key beyond [#CACHE_SIZE], behind a few slots checked
    /// by identity: a session's keys are the same `AesKey` objects frame after frame, so most lookups end there
    /// without hashing the key.
    private static final class Cache {
        private static final int RECENT = 4;

        private final Map<AesKey, KeyedAes> map = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<AesKey, KeyedAes> eldest) {
                return size() > CACHE_SIZE;
            }
        };
        private final AesKey[] recentKeys = new AesKey[RECENT];
        private final KeyedAes[] recentAes = new KeyedAes[RECENT];
        private int next;

        KeyedAes get(AesKey key) {
            for (int i = 0; i < RECENT; i++) {
                if (recentKeys[i] == key) {
                    return recentAes[i];
                }
            }
            KeyedAes aes = map.computeIfAbsent(key, KeyedAes::new);
            recentKeys[next] = key;
            recentAes[next] = aes;
            next = (next + 1) % RECENT;
            return aes;
        }
    }
}
