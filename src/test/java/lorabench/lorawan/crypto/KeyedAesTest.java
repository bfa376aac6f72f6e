// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lorabench.lorawan.types.AesKey;
import org.junit.jupiter.api.Test;

class KeyedAesTest {
    private static final String HEX = "2B7E151628AED2A6ABF7158809CF4F3C";

    @Test
    void cachesOneInstancePerKeyAndThread() throws InterruptedException, ExecutionException {
        KeyedAes here = KeyedAes.cached(AesKey.parse(HEX));
        assertSame(here, KeyedAes.cached(AesKey.parse(HEX)), "equal keys share the cached instance");
        try (ExecutorService other = Executors.newSingleThreadExecutor()) {
            KeyedAes there = CompletableFuture.supplyAsync(() -> KeyedAes.cached(AesKey.parse(HEX)), other).get();
            assertNotSame(here, there, "another thread gets its own ciphers");
        }
    }

    @Test
    void evictsBeyondTheCacheSize() {
        AesKey first = AesKey.parse("000102030405060708090A0B0C0D0E0F");
        KeyedAes original = KeyedAes.cached(first);
        for (int i = 0; i <= KeyedAes.CACHE_SIZE; i++) {
            byte[] k = new byte[16];
            k[0] = (byte) 0xEE;
            k[1] = (byte) (i >>> 16);
            k[2] = (byte) (i >>> 8);
            k[3] = (byte) i;
            KeyedAes.cached(AesKey.of(k));
        }
        KeyedAes again = KeyedAes.cached(first);
        assertNotSame(original, again);
        assertArrayEquals(original.encryptBlock(new byte[16]), again.encryptBlock(new byte[16]));
    }

    @Test
    void encryptsOneBlockAndNeverPrintsTheKey() {
        KeyedAes aes = KeyedAes.create(AesKey.parse(HEX));
        // FIPS-197 / SP 800-38A F.1.1 ECB-AES128 block 1
        assertArrayEquals(Vectors.hex("3AD77BB40D7A3660A89ECAF32466EF97").toArray(),
                aes.encryptBlock(Vectors.hex("6BC1BEE22E409F96E93D7E117393172A").toArray()));
        assertEquals("KeyedAes[redacted]", aes.toString());
        assertThrows(IllegalArgumentException.class, () -> aes.encryptBlock(new byte[15]));
    }
}
