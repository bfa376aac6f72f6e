// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import java.util.List;
import java.util.Objects;

/// The outcome of a [ProfileService] command. Expected refusals are values: an API maps [NotFound] to 404,
/// [Invalid] to 400, [Refused] to 403 and [Locked] to 423 (OrbiWAN "Profile is locked").
public sealed interface ProfileResult<T> {

    record Ok<T>(T value) implements ProfileResult<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /// The profile (or a profile it refers to) does not exist.
    record NotFound<T>(String id) implements ProfileResult<T> {
    }

    /// The document breaks its schema or a profile rule.
    record Invalid<T>(List<Violation> violations) implements ProfileResult<T> {
        public Invalid {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid result needs a violation");
            }
        }

        static <T> Invalid<T> of(String path, String message) {
            return new Invalid<>(List.of(new Violation(path, message)));
        }
    }

    /// The profile does not allow the operation for anyone (e.g. unlinking a link that hides its content).
    record Refused<T>(String reason) implements ProfileResult<T> {
    }

    /// The profile is referenced by devices or links; `fields` names the content fields that may not change
    /// (empty for a refused delete).
    record Locked<T>(String reason, List<String> fields) implements ProfileResult<T> {
        public Locked {
            fields = List.copyOf(fields);
        }
    }

    /// {@return the value}
    /// @throws IllegalStateException if this is not [Ok]
    default T orElseThrow() {
        if (this instanceof Ok<T>(T value)) {
            return value;
        }
        throw new IllegalStateException("profile operation failed: " + this);
    }
}
