// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.decoder;

import java.time.Duration;
import java.util.Objects;

/// Bounds on one decoder call. The seed disables a function whose average run exceeds 0.1 ms (OW-Q-01); LoRaBench
/// instead stops each call at `timeLimit` and `maxInstructions` (Rhino counts interpreter instructions in steps
/// of [#OBSERVER_STEP]), caps the serialised output at `maxOutputChars`, and bounds allocation through guarded
/// `String.prototype.repeat/padStart/padEnd` and `Array.prototype.join/fill` (results of at most
/// `maxOutputChars * 16` characters or elements).
public record DecoderLimits(Duration timeLimit, long maxInstructions, int maxOutputChars, int maxSourceChars,
        int maxStackDepth) {
    /// How many interpreter instructions pass between two limit checks.
    public static final int OBSERVER_STEP = 10_000;

    /// 100 ms, 20 million instructions, 64 KiB of output, 64 KiB of source, stack depth 500.
    public static final DecoderLimits DEFAULT = new DecoderLimits(Duration.ofMillis(100), 20_000_000, 65_536,
            65_536, 500);

    public DecoderLimits {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero() || maxInstructions < OBSERVER_STEP || maxOutputChars < 2
                || maxSourceChars < 1 || maxStackDepth < 10) {
            throw new IllegalArgumentException("decoder limits out of range: " + this);
        }
    }

    public DecoderLimits withTimeLimit(Duration limit) {
        return new DecoderLimits(limit, maxInstructions, maxOutputChars, maxSourceChars, maxStackDepth);
    }

    public DecoderLimits withMaxInstructions(long limit) {
        return new DecoderLimits(timeLimit, limit, maxOutputChars, maxSourceChars, maxStackDepth);
    }

    public DecoderLimits withMaxOutputChars(int limit) {
        return new DecoderLimits(timeLimit, maxInstructions, limit, maxSourceChars, maxStackDepth);
    }
}
