// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.types;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/// A 128-bit AES key (AppKey, NwkKey, session keys). Its `toString()` is redacted so a key never reaches a log by
/// accident; [#toHex()] is the one deliberate way to print it.
public final class AesKey {
    public static final int SIZE = 16;

    private final byte[] key;

    private AesKey(byte[] key) {
        this.key = key;
    }

    public static AesKey of(byte[] key) {
        if (key.length != SIZE) {
            throw new IllegalArgumentException("an AES-128 key must be 16 bytes (32 hex digits), got " + key.length);
        }
        return new AesKey(key.clone());
    }

    public static AesKey of(Bytes key) {
        return of(key.toArray());
    }

    public static AesKey parse(String hex) {
        byte[] b;
        try {
            b = Hex.parse(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key: " + e.getMessage(), e);
        }
        if (b.length != SIZE) {
            throw new IllegalArgumentException("key must be 16 bytes (32 hex digits), got " + b.length + " bytes");
        }
        return new AesKey(b);
    }

    /// {@return a new random key} from `random` (a seeded generator in simulations, [SecureRandom] otherwise)
    public static AesKey generate(RandomGenerator random) {
        byte[] b = new byte[SIZE];
        random.nextBytes(b);
        return new AesKey(b);
    }

    public static AesKey generate() {
        return generate(new SecureRandom());
    }

    /// {@return a fresh copy of the key bytes}
    public byte[] toArray() {
        return key.clone();
    }

    /// {@return the key in upper-case hex}: the one deliberate way to print a key (exports, key tables)
    public String toHex() {
        return Hex.format(key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AesKey k && MessageDigest.isEqual(key, k.key);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "AesKey[redacted]";
    }
}
