// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import static lorabench.lorawan.crypto.Vectors.hex;
import static lorabench.lorawan.crypto.Vectors.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class JoinAcceptCipherTest {
    private static final AesKey KEY = AesKey.parse("0102030405060708090A0B0C0D0E0F10");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/vectors/crypto-joinaccept.csv", numLinesToSkip = 1)
    void encryptsAndDecryptsKnownJoinAccepts(String name, String key, String plain, String encrypted) {
        assertEquals(hex(encrypted), JoinAcceptCipher.encrypt(key(key), hex(plain)));
        assertEquals(hex(plain), JoinAcceptCipher.decrypt(key(key), hex(encrypted)));
    }

    @Test
    void roundTripsAJoinAcceptWithCfList() {
        Bytes plain = hex("010101 020202 04030201 00 01 184F84 E85684 B85E84 886684 586E84 00 A1B2C3D4");
        assertEquals(32, plain.size());
        Bytes encrypted = JoinAcceptCipher.encrypt(KEY, plain);
        assertEquals(plain, JoinAcceptCipher.decrypt(KEY, encrypted));
        assertEquals(JoinAcceptCipher.encrypt(KEY, plain.slice(0, 16)), encrypted.slice(0, 16), "ECB: blocks independent");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 15, 17, 31, 33, 48})
    void rejectsOtherLengthsNamingThem(int length) {
        Bytes b = Bytes.wrap(new byte[length]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JoinAcceptCipher.encrypt(KEY, b));
        assertEquals("a join-accept after MHDR is 16 or 32 bytes (MIC included), got " + length, e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JoinAcceptCipher.decrypt(KEY, b));
    }
}
