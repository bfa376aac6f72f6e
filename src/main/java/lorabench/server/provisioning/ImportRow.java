// SPDX-License-Identifier: Apache-2.0
package lorabench.server.provisioning;

import java.util.List;
import java.util.Objects;

/// One row read from an import file, with the problems found while reading it (a JSON value of the wrong type).
public record ImportRow(DeviceInput input, List<Violation> problems) {
    public ImportRow {
        Objects.requireNonNull(input, "input");
        problems = List.copyOf(problems);
    }
}
