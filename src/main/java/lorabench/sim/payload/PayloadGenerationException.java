// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.payload;

/// A generator could not produce a payload: a JavaScript function threw, ran past its limit or returned something
/// that is not bytes, or a generator was built from a bad description. The message says which and why.
public final class PayloadGenerationException extends RuntimeException {
    public PayloadGenerationException(String message) {
        super(message);
    }

    public PayloadGenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
