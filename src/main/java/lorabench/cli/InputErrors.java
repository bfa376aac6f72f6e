// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import lorabench.lorawan.frame.MalformedFrameException;

/// Turns the ways bad input shows up in the core into [UsageException]s (one line on stderr, exit 2): a
/// malformed frame names the field and byte offset; an [IllegalArgumentException] from a value type or from the
/// crypto carries its own message naming the problem.
final class InputErrors {
    /// Work that may reject its input.
    @FunctionalInterface
    interface Work<T> {
        T run() throws MalformedFrameException;
    }

    private InputErrors() {}

    static <T> T guard(Work<T> work) {
        try {
            return work.run();
        } catch (MalformedFrameException e) {
            throw new UsageException("malformed frame: field " + e.field() + " at byte " + e.offset() + ": "
                    + e.reason(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }
}
