// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lorabench.lorawan.types.Bytes;

/// Writes little-endian fields and records the [FieldSpan] of every named, non-empty field, so that the same code
/// path produces both the bytes of a frame and its layout.
public final class ByteWriter {
    private byte[] buf = new byte[32];
    private int size;
    private final List<FieldSpan> spans = new ArrayList<>();

    public ByteWriter u8(String field, int v) {
        return unsigned(field, v & 0xFFL, 1);
    }

    public ByteWriter u16(String field, int v) {
        return unsigned(field, v & 0xFFFFL, 2);
    }

    public ByteWriter u24(String field, int v) {
        return unsigned(field, v & 0xFF_FFFFL, 3);
    }

    public ByteWriter u32(String field, long v) {
        return unsigned(field, v & 0xFFFF_FFFFL, 4);
    }

    public ByteWriter u64(String field, long v) {
        return unsigned(field, v, 8);
    }

    public ByteWriter bytes(String field, Bytes b) {
        ensure(b.size());
        b.copyTo(buf, size);
        span(field, size, b.size());
        size += b.size();
        return this;
    }

    public int size() {
        return size;
    }

    public Bytes toBytes() {
        return Bytes.of(buf, 0, size);
    }

    /// {@return the spans of the named fields written so far}, in order
    public List<FieldSpan> spans() {
        return List.copyOf(spans);
    }

    private ByteWriter unsigned(String field, long v, int n) {
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[size + i] = (byte) (v >>> (8 * i));
        }
        span(field, size, n);
        size += n;
        return this;
    }

    private void span(String field, int offset, int length) {
        if (field != null && length > 0) {
            spans.add(new FieldSpan(field, offset, length));
        }
    }

    private void ensure(int n) {
        if (size + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
        }
    }
}
