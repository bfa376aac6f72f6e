// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.util.Objects;

/// A datagram that is not a valid packet-forwarder datagram. [PacketForwarderCodec#decode] throws nothing else.
public final class MalformedDatagramException extends Exception {
    private static final long serialVersionUID = 1L;

    /// Why a datagram was rejected; the server counts rejections per reason.
    public enum Reason {
        /// Shorter than the 4-byte header, or than the 12-byte header of a type that carries a gateway EUI.
        TRUNCATED_HEADER,
        /// Version byte other than 1 or 2.
        UNKNOWN_VERSION,
        /// Identifier byte other than 0x00..0x05.
        UNKNOWN_IDENTIFIER,
        /// Body is not one JSON object, or lacks the JSON body its type requires.
        INVALID_JSON,
        /// A `data` or `etime` string is not base64.
        BAD_BASE64,
        /// `size` disagrees with the length of `data`.
        SIZE_MISMATCH,
        /// A required field is absent.
        MISSING_FIELD,
        /// A field has the wrong JSON type or an unparseable value (e.g. `datr` "SF7", `codr` "5/4").
        INVALID_FIELD,
        /// A number lies outside its field's range (e.g. `tmst` above 2^32-1, `stat` 2).
        FIELD_OUT_OF_RANGE
    }

    private final Reason reason;
    private final String detail;

    /// No stack trace is recorded: a malformed datagram is an expected input, not a programming error.
    public MalformedDatagramException(Reason reason, String detail) {
        super(Objects.requireNonNull(reason, "reason") + ": " + detail, null, false, false);
        this.reason = reason;
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    public Reason reason() {
        return reason;
    }

    /// {@return what exactly was wrong}, naming the field where there is one
    public String detail() {
        return detail;
    }
}
