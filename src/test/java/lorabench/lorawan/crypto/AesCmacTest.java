// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import static lorabench.lorawan.crypto.Vectors.hex;
import static lorabench.lorawan.crypto.Vectors.key;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import lorabench.lorawan.types.Bytes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class AesCmacTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/vectors/crypto-cmac.csv", numLinesToSkip = 1)
    void matchesRfc4493(String name, String kind, String key, String message, String mac) {
        switch (kind) {
            case "mac" -> {
                assertEquals(hex(mac), AesCmac.mac(key(key), hex(message)));
                assertEquals(hex(mac), AesCmac.mac(KeyedAes.create(key(key)), hex(message)), "uncached instance");
                if (!hex(message).isEmpty()) {
                    byte[] changed = hex(message).toArray();
                    changed[0] ^= 1;
                    assertNotEquals(hex(mac), AesCmac.mac(key(key), Bytes.wrap(changed)));
                }
            }
            case "subkeys" -> {
                KeyedAes aes = KeyedAes.create(key(key));
                assertArrayEquals(hex(message).toArray(), aes.k1, "K1");
                assertArrayEquals(hex(mac).toArray(), aes.k2, "K2");
            }
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
    }
}
