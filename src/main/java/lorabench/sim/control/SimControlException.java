// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.control;

import java.util.Objects;

/// A simulator operation that cannot be done as asked: the HTTP API maps [Kind] to 400, 404 and 409.
///
/// @see SimulatorService
public final class SimControlException extends RuntimeException {
    /// Why the operation was refused.
    public enum Kind { BAD_REQUEST, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final String field;

    /// @param field the request field at fault, empty when the request as a whole is
    public SimControlException(Kind kind, String field, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.field = Objects.requireNonNull(field, "field");
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    static SimControlException notFound(String what) {
        return new SimControlException(Kind.NOT_FOUND, "", what + " does not exist");
    }

    static SimControlException bad(String field, String message) {
        return new SimControlException(Kind.BAD_REQUEST, field, field.isEmpty() ? message : field + ": " + message);
    }
}
