// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import java.util.Objects;

/// One reason a document does not follow its schema. `path` is a JSON Pointer (RFC 6901) to the offending value,
/// or to the missing property for `required` (`/content/MaxEIRP`); the root is `""`.
public record Violation(String path, String message) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "/" : path) + ": " + message;
    }
}
