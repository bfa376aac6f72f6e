// SPDX-License-Identifier: Apache-2.0
package lorabench.dissect;

import java.util.Optional;
import lorabench.lorawan.types.Bytes;

/// The outcome of checking a frame's MIC with the keys at hand.
public enum MicCheck {
    VALID, INVALID,
    /// No key at hand allows the check (or the frame has no MIC the spec defines).
    UNCHECKED;

    /// {@return the outcome of comparing `actual` with `expected`}, UNCHECKED when nothing is expected
    public static MicCheck of(Optional<Bytes> expected, Optional<Bytes> actual) {
        if (expected.isEmpty() || actual.isEmpty()) {
            return UNCHECKED;
        }
        return expected.get().constantTimeEquals(actual.get()) ? VALID : INVALID;
    }
}
