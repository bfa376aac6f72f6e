// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import java.util.Objects;

/// The byte range of one field in an encoded frame, for Wireshark-style highlighting. `path` uses the field names of
/// the CLI's JSON (`mhdr`, `fhdr.devAddr`, `fPort`, `joinRequest.devNonce`, `mic` ...).
public record FieldSpan(String path, int offset, int length) {
    public FieldSpan {
        Objects.requireNonNull(path, "path");
        if (offset < 0 || length < 1) {
            throw new IllegalArgumentException("a field span needs offset >= 0 and length >= 1, got " + offset + "+" + length);
        }
    }

    /// {@return the offset just after the field}
    public int end() {
        return offset + length;
    }
}
