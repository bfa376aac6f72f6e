// SPDX-License-Identifier: Apache-2.0
package lorabench.server.provisioning;

import java.util.Objects;
import java.util.Optional;

/// One problem with a device's fields: the field named as in the import format (DESIGN.md, `devices import`), or
/// empty when the problem concerns the whole row (a database failure), and a plain reason.
public record Violation(Optional<String> field, String reason) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    public static Violation of(String field, String reason) {
        return new Violation(Optional.of(field), reason);
    }

    public static Violation ofRow(String reason) {
        return new Violation(Optional.empty(), reason);
    }
}
