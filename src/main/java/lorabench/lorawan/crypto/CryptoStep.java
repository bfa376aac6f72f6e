// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.crypto;

import java.util.Objects;
import lorabench.lorawan.types.Bytes;

/// One AES operation shown step by step (the GUI's keys lab): what it computes, its input block and its output.
///
/// @param label  what the step computes, e.g. `NwkSKey`, `B0 -> cmacF (FNwkSIntKey)`, `A1 -> S1`
/// @param block  the AES (or CMAC) input block as built from the spec's fields
/// @param result the AES output, or the full 16-byte CMAC
public record CryptoStep(String label, Bytes block, Bytes result) {
    public CryptoStep {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(result, "result");
    }
}
