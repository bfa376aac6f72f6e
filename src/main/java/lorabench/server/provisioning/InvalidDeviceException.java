// SPDX-License-Identifier: Apache-2.0
package lorabench.server.provisioning;

import java.util.List;
import java.util.stream.Collectors;

/// A device that cannot be provisioned as given: the violations name each bad field.
public final class InvalidDeviceException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public InvalidDeviceException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field().map(f -> f + ": ").orElse("") + v.reason())
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
