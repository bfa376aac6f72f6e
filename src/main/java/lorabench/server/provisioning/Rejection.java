// SPDX-License-Identifier: Apache-2.0
package lorabench.server.provisioning;

import java.util.Objects;
import java.util.Optional;

/// A rejected import row: its line in the file (the first line of a CSV record, the line where a JSON object
/// starts), the field at fault (empty for a problem with the whole row) and why.
public record Rejection(int line, Optional<String> field, String reason) {
    public Rejection {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    static Rejection of(int line, Violation v) {
        return new Rejection(line, v.field(), v.reason());
    }
}
