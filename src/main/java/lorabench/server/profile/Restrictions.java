// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/// Applies a link's restrictions to the linked content. A restriction can only downgrade the service: a number
/// replaces the linked value only when it is lower, a boolean can only turn a feature off (`true` stays `false`),
/// and a nested object is narrowed field by field. A field the content does not have is ignored.
final class Restrictions {
    private Restrictions() {
    }

    /// {@return a copy of `content` narrowed by `restrictions`}
    static JsonNode apply(JsonNode content, JsonNode restrictions) {
        if (!content.isObject() || !restrictions.isObject()) {
            return content.deepCopy();
        }
        ObjectNode out = ((ObjectNode) content).deepCopy();
        restrictions.properties().forEach(e -> {
            JsonNode current = out.get(e.getKey());
            JsonNode limit = e.getValue();
            if (current == null) {
                return;
            }
            if (current.isNumber() && limit.isNumber()) {
                if (limit.decimalValue().compareTo(current.decimalValue()) < 0) {
                    out.set(e.getKey(), limit.deepCopy());
                }
            } else if (current.isBoolean() && limit.isBoolean()) {
                out.put(e.getKey(), current.booleanValue() && limit.booleanValue());
            } else if (current.isObject() && limit.isObject()) {
                out.set(e.getKey(), apply(current, limit));
            }
        });
        return out;
    }

    /// {@return the top-level fields whose values differ between `before` and `after`}, in sorted order
    static List<String> changedFields(JsonNode before, JsonNode after) {
        Set<String> names = new HashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        List<String> changed = new ArrayList<>();
        for (String n : names) {
            JsonNode a = before.get(n);
            JsonNode b = after.get(n);
            if (a == null || b == null ? a != b : !equalValues(a, b)) {
                changed.add(n);
            }
        }
        changed.sort(null);
        return changed;
    }

    private static boolean equalValues(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return SchemaValidator.sameValue(a, b);
        }
        return a.equals(b);
    }
}
