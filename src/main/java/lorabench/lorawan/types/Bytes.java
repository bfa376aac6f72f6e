// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.types;

import java.security.MessageDigest;
import java.util.Arrays;

/// An immutable string of bytes with content equality and an upper-case hex `toString()`.
///
/// Records hold `Bytes` instead of `byte[]`, because records compare arrays by identity.
public final class Bytes implements Comparable<Bytes> {
    public static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] data;

    private Bytes(byte[] data) {
        this.data = data;
    }

    /// {@return a copy of `data` as a value}
    public static Bytes of(byte... data) {
        return data.length == 0 ? EMPTY : new Bytes(data.clone());
    }

    /// {@return a copy of `data[from..to)` as a value}
    public static Bytes of(byte[] data, int from, int to) {
        return from == to ? EMPTY : new Bytes(Arrays.copyOfRange(data, from, to));
    }

    /// Wraps `data` without copying. Only for arrays the caller has just built and will never touch again.
    public static Bytes wrap(byte[] data) {
        return data.length == 0 ? EMPTY : new Bytes(data);
    }

    /// {@return the bytes written in `hex`}, in any of the three notations [Hex] accepts
    public static Bytes fromHex(String hex) {
        return wrap(Hex.parse(hex));
    }

    public int size() {
        return data.length;
    }

    public boolean isEmpty() {
        return data.length == 0;
    }

    /// {@return the unsigned byte at `index`}
    public int get(int index) {
        return data[index] & 0xFF;
    }

    /// {@return a fresh copy of the bytes}
    public byte[] toArray() {
        return data.clone();
    }

    /// Copies the bytes into `dest` at `offset`, for codecs that assemble a buffer.
    public void copyTo(byte[] dest, int offset) {
        System.arraycopy(data, 0, dest, offset, data.length);
    }

    public Bytes slice(int from, int to) {
        return of(data, from, to);
    }

    public Bytes concat(Bytes other) {
        byte[] r = Arrays.copyOf(data, data.length + other.data.length);
        System.arraycopy(other.data, 0, r, data.length, other.data.length);
        return wrap(r);
    }

    /// {@return the bytes in reverse order}: LoRaWAN puts multi-byte fields on air least significant byte first.
    public Bytes reversed() {
        byte[] r = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            r[i] = data[data.length - 1 - i];
        }
        return wrap(r);
    }

    /// Constant-time comparison, for MICs and keys.
    public boolean constantTimeEquals(Bytes other) {
        return MessageDigest.isEqual(data, other.data);
    }

    public String toHex() {
        return Hex.format(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public int compareTo(Bytes o) {
        return Arrays.compareUnsigned(data, o.data);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
