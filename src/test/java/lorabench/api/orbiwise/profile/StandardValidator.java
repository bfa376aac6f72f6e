// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.Set;
import java.util.TreeSet;
import lorabench.server.profile.Violation;

/// The reference: networknt json-schema-validator (draft 2020-12). Its error locations are turned into the JSON
/// Pointers [Violation] uses (for `required` and `additionalProperties` the property is appended, as ours does).
final class StandardValidator {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private StandardValidator() {
    }

    static Set<String> paths(JsonNode schema, JsonNode document) {
        Set<String> out = new TreeSet<>();
        for (Error e : REGISTRY.getSchema(schema).validate(document)) {
            String path = pointer(e.getInstanceLocation());
            if (("required".equals(e.getKeyword()) || "additionalProperties".equals(e.getKeyword()))
                    && e.getProperty() != null) {
                path = path + "/" + e.getProperty();
            }
            out.add(path);
        }
        return out;
    }

    static Set<String> paths(java.util.List<Violation> violations) {
        Set<String> out = new TreeSet<>();
        violations.forEach(v -> out.add(v.path()));
        return out;
    }

    private static String pointer(NodePath p) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.getNameCount(); i++) {
            sb.append('/').append(p.getElement(i));
        }
        return sb.toString();
    }
}
