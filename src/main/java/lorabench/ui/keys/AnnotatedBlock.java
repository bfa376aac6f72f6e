// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

import java.util.List;
import java.util.Objects;
import lorabench.lorawan.types.Bytes;

/// One AES or CMAC operation as the keys lab shows it: the input block split into named segments, the operation
/// and its output.
///
/// @param title     what is computed, e.g. `NwkSKey`
/// @param operation how, e.g. `AES-128(AppKey, block)`
/// @param input     the input block (16 bytes, or the whole CMAC input)
/// @param segments  covering `input` from offset 0 without gaps, in order
/// @param output    the AES output or the full 16-byte CMAC
public record AnnotatedBlock(String title, String operation, Bytes input, List<Segment> segments, Bytes output) {
    /// A named run of bytes of the input.
    ///
    /// @param note how the bytes are ordered, e.g. `LE` (little-endian) or the value as people read it
    public record Segment(int offset, int length, String name, ByteRole role, String note) {
        public Segment {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(note, "note");
            if (offset < 0 || length < 1) {
                throw new IllegalArgumentException("bad segment " + offset + "+" + length);
            }
        }

        public int end() {
            return offset + length;
        }
    }

    public AnnotatedBlock {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(input, "input");
        segments = List.copyOf(segments);
        Objects.requireNonNull(output, "output");
        int at = 0;
        for (Segment s : segments) {
            if (s.offset() != at) {
                throw new IllegalArgumentException("segments must cover the block without gaps: " + s.name() + " at "
                        + s.offset() + ", expected " + at);
            }
            at = s.end();
        }
        if (at != input.size()) {
            throw new IllegalArgumentException("segments cover " + at + " of " + input.size() + " bytes");
        }
    }

    /// {@return the segment holding byte `index`}
    public Segment segmentAt(int index) {
        return segments.stream().filter(s -> index >= s.offset() && index < s.end()).findFirst()
                .orElseThrow(() -> new IndexOutOfBoundsException(index));
    }
}
