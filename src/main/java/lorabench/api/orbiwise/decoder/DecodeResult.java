// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.decoder;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/// The outcome of running a payload decoder: the `json` object it returned (the uplink's `decoded` field), or why
/// there is none. Per SEED-CHECKLIST OW-Q-03 a failure leaves `decoded` out of the uplink and is recorded in the
/// session log; it never fails the uplink itself.
public sealed interface DecodeResult {

    record Decoded(JsonNode json) implements DecodeResult {
        public Decoded {
            Objects.requireNonNull(json, "json");
        }
    }

    record Failed(Failure failure, String message) implements DecodeResult {
        public Failed {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(message, "message");
        }
    }

    /// Why a decoder produced nothing.
    enum Failure {
        /// The source is not valid JavaScript or is too long.
        COMPILE_ERROR,
        /// The source defines no `decoder` function.
        NO_DECODER,
        /// The decoder threw (including any attempt to reach Java, which does not exist in the sandbox).
        SCRIPT_ERROR,
        /// The decoder ran past its time limit.
        TIMEOUT,
        /// The decoder ran past its instruction budget.
        INSTRUCTION_LIMIT,
        /// The decoder returned something other than `{json: {...}}`.
        BAD_RESULT,
        /// The `json` object serialises to more characters than allowed.
        OUTPUT_TOO_LARGE
    }
}
