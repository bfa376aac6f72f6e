// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.random.RandomGenerator;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/// Password hashing with PBKDF2-HMAC-SHA256 (RFC 8018 §5.2), a random 16-byte salt per password, and a
/// constant-time comparison on verification.
///
/// The encoded form is `pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>`, so the iteration count can be
/// raised later without invalidating stored hashes ([#needsRehash(String)]).
public final class PasswordHasher {
    /// OWASP's Password Storage Cheat Sheet recommends 600 000 iterations for PBKDF2-HMAC-SHA256.
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final RandomGenerator random;

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS, new SecureRandom());
    }

    /// A hasher with a chosen cost (tests use a low one) and salt source.
    public PasswordHasher(int iterations, RandomGenerator random) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive, got " + iterations);
        }
        this.iterations = iterations;
        this.random = random;
    }

    /// {@return the encoded hash of `password`}
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(password, salt, iterations));
    }

    /// {@return whether `password` matches `encoded`}; a malformed `encoded` never matches
    public boolean verify(char[] password, String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int n = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (n < 1 || expected.length != HASH_BITS / 8) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(password, salt, n));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /// {@return whether `encoded` was made with fewer iterations than this hasher uses}
    public boolean needsRehash(String encoded) {
        String[] parts = encoded.split("\\$");
        try {
            return parts.length != 4 || !parts[0].equals(PREFIX) || Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java SE runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
