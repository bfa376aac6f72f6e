// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.scenarios;

import java.util.Objects;

/// One field of a run's closing summary: `label` as shown, `key` as in `lorabench sim run`'s JSON.
public record SummaryLine(String key, String label, String value) {
    public SummaryLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
