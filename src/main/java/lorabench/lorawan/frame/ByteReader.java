// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import lorabench.lorawan.types.Bytes;

/// Reads little-endian fields from a byte string, throwing [MalformedFrameException] with the field name and
/// its offset when the data runs out. Offsets are reported relative to `baseOffset`, so a reader over a slice of
/// a PHYPayload still reports PHYPayload offsets.
public final class ByteReader {
    private final Bytes data;
    private final int baseOffset;
    private int pos;

    public ByteReader(Bytes data) {
        this(data, 0);
    }

    public ByteReader(Bytes data, int baseOffset) {
        this.data = data;
        this.baseOffset = baseOffset;
    }

    /// {@return the absolute offset of the next byte} (base offset plus position)
    public int offset() {
        return baseOffset + pos;
    }

    public int remaining() {
        return data.size() - pos;
    }

    public int u8(String field) throws MalformedFrameException {
        return (int) unsigned(1, field);
    }

    public int u16(String field) throws MalformedFrameException {
        return (int) unsigned(2, field);
    }

    public int u24(String field) throws MalformedFrameException {
        return (int) unsigned(3, field);
    }

    public long u32(String field) throws MalformedFrameException {
        return unsigned(4, field);
    }

    /// {@return the next 8 bytes as a little-endian 64-bit value} (EUIs)
    public long u64(String field) throws MalformedFrameException {
        return unsigned(8, field);
    }

    public Bytes bytes(int n, String field) throws MalformedFrameException {
        need(n, field);
        Bytes b = data.slice(pos, pos + n);
        pos += n;
        return b;
    }

    /// {@return every byte not read yet} (possibly none)
    public Bytes rest() {
        Bytes b = data.slice(pos, data.size());
        pos = data.size();
        return b;
    }

    /// Throws when bytes are left over after the last field of a fixed-size structure.
    public void expectEnd(String field) throws MalformedFrameException {
        if (pos != data.size()) {
            throw new MalformedFrameException(field, offset(), (data.size() - pos) + " unexpected trailing byte(s)");
        }
    }

    private long unsigned(int n, String field) throws MalformedFrameException {
        need(n, field);
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | data.get(pos + i);
        }
        pos += n;
        return v;
    }

    private void need(int n, String field) throws MalformedFrameException {
        if (n > remaining()) {
            throw new MalformedFrameException(field, offset(),
                    "needs " + n + " byte(s) but only " + remaining() + " remain");
        }
    }
}
