// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

/// A byte string that is not a well-formed LoRaWAN frame (or MAC command list).
///
/// It names the field that could not be read, as a dotted path (`fhdr.fCtrl`, `joinAccept.cfList`,
/// `fOpts[2].LinkADRReq`), and the byte offset where that field starts in the decoded buffer (the PHYPayload for
/// frames). Decoders throw only this exception for bad input, never an index or buffer exception
/// (TTS `TestUnmarshalResilience`).
public final class MalformedFrameException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final int offset;
    private final String reason;

    public MalformedFrameException(String field, int offset, String reason) {
        super(field + " at byte " + offset + ": " + reason);
        this.field = field;
        this.offset = offset;
        this.reason = reason;
    }

    /// {@return the dotted path of the malformed field}
    public String field() {
        return field;
    }

    /// {@return the byte offset at which the malformed field starts}
    public int offset() {
        return offset;
    }

    /// {@return what is wrong with the field}, without the field name and offset
    public String reason() {
        return reason;
    }
}
