// SPDX-License-Identifier: Apache-2.0
package lorabench.server.provisioning;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/// A device as written by a user, before validation: field values as text, keyed by the import-format names
/// (DESIGN.md, `devices import`), and the line it came from (0 when it did not come from a file).
///
/// `tags` holds the tags when they were given as an object (JSON); otherwise the `tags` field, if any, is the CSV
/// form `key=value;key2=value2`.
public record DeviceInput(int line, Map<String, String> fields, Optional<Map<String, String>> tags) {
    public DeviceInput {
        fields = Map.copyOf(fields);
        Objects.requireNonNull(tags, "tags");
        tags = tags.map(Map::copyOf);
    }

    /// {@return an input from fields alone} (tags, if any, in the CSV form)
    public static DeviceInput of(Map<String, String> fields) {
        return new DeviceInput(0, fields, Optional.empty());
    }

    /// {@return the trimmed value of `field`}, empty when absent or blank
    public Optional<String> get(String field) {
        String v = fields.get(field);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }
}
