// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000, new Random(7));

    @Test
    void verifiesTheRightPasswordAndRejectsOthers() {
        String h = hasher.hash("s3cret!".toCharArray());
        assertTrue(hasher.verify("s3cret!".toCharArray(), h));
        assertFalse(hasher.verify("s3cret".toCharArray(), h));
        assertFalse(hasher.verify("".toCharArray(), h));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("pw".toCharArray()), hasher.hash("pw".toCharArray()));
    }

    @Test
    void encodesAlgorithmAndCost() {
        String[] parts = hasher.hash("pw".toCharArray()).split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("1000", parts[1]);
    }

    @Test
    void matchesPublishedKnownAnswer() throws Exception {
        // PBKDF2-HMAC-SHA256(P="password", S="salt", c=1, dkLen=32): the first of the widely published SHA-256
        // counterparts of the RFC 6070 (SHA-1) vectors.
        String encoded = "pbkdf2-sha256$1$" + java.util.Base64.getEncoder().withoutPadding().encodeToString(
                "salt".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) + "$"
                + java.util.Base64.getEncoder().withoutPadding().encodeToString(java.util.HexFormat.of().parseHex(
                        "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"));
        assertTrue(hasher.verify("password".toCharArray(), encoded));
    }

    @Test
    void malformedHashesNeverMatch() {
        assertFalse(hasher.verify("pw".toCharArray(), "plain"));
        assertFalse(hasher.verify("pw".toCharArray(), "pbkdf2-sha256$x$AA$AA"));
        assertFalse(hasher.verify("pw".toCharArray(), "md5$1$AA$AA"));
        assertFalse(hasher.verify("pw".toCharArray(), "pbkdf2-sha256$1$!!$AA"));
    }

    @Test
    void asksForRehashWhenTheCostWasLower() {
        String weak = new PasswordHasher(10, new Random(1)).hash("pw".toCharArray());
        assertTrue(hasher.needsRehash(weak));
        assertFalse(hasher.needsRehash(hasher.hash("pw".toCharArray())));
    }
}
