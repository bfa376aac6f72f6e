// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/// Validates a JSON document against a [SchemaNode] tree with the semantics of JSON Schema draft 2020-12 for the
/// keywords of [SchemaParser]'s subset: an integer is any number with a zero fractional part, bounds are inclusive,
/// `pattern` is searched (not anchored), `format` is not asserted, and `enum` compares numbers by value.
/// Every violation is reported, each once, in document order.
public final class SchemaValidator {
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private SchemaValidator() {
    }

    /// {@return the violations of `document` against `schema`}, empty when it is valid
    public static List<Violation> validate(SchemaNode schema, JsonNode document) {
        List<Violation> out = new ArrayList<>();
        check(schema, document, "", out);
        return List.copyOf(out);
    }

    private static void check(SchemaNode schema, JsonNode v, String at, List<Violation> out) {
        switch (schema) {
            case SchemaNode.ObjectNode o -> object(o, v, at, out);
            case SchemaNode.StringNode s -> string(s, v, at, out);
            case SchemaNode.IntegerNode i -> {
                if (!isInteger(v)) {
                    out.add(new Violation(at, "must be an integer, found " + kind(v)));
                } else {
                    range(v.decimalValue(), i.minimum().map(BigDecimal::valueOf).orElse(null),
                            i.maximum().map(BigDecimal::valueOf).orElse(null), at, out);
                }
            }
            case SchemaNode.NumberNode n -> {
                if (!v.isNumber()) {
                    out.add(new Violation(at, "must be a number, found " + kind(v)));
                } else {
                    range(v.decimalValue(), n.minimum().map(BigDecimal::valueOf).orElse(null),
                            n.maximum().map(BigDecimal::valueOf).orElse(null), at, out);
                }
            }
            case SchemaNode.BooleanNode b -> {
                if (!v.isBoolean()) {
                    out.add(new Violation(at, "must be a boolean, found " + kind(v)));
                }
            }
            case SchemaNode.EnumNode e -> {
                if (e.values().stream().noneMatch(x -> sameValue(x, v))) {
                    out.add(new Violation(at, "must be one of " + e.values() + ", found " + v));
                }
            }
            case SchemaNode.ArrayNode a -> array(a, v, at, out);
        }
    }

    private static void object(SchemaNode.ObjectNode o, JsonNode v, String at, List<Violation> out) {
        if (!v.isObject()) {
            out.add(new Violation(at, "must be an object, found " + kind(v)));
            return;
        }
        o.properties().forEach((name, child) -> {
            JsonNode value = v.get(name);
            if (value != null) {
                check(child, value, Pointer.child(at, name), out);
            } else if (o.required().contains(name)) {
                out.add(new Violation(Pointer.child(at, name), "is required"));
            }
        });
        if (!o.additionalProperties()) {
            v.fieldNames().forEachRemaining(name -> {
                if (!o.properties().containsKey(name)) {
                    out.add(new Violation(Pointer.child(at, name), "is not a known property"));
                }
            });
        }
    }

    private static void string(SchemaNode.StringNode s, JsonNode v, String at, List<Violation> out) {
        if (!v.isTextual()) {
            out.add(new Violation(at, "must be a string, found " + kind(v)));
            return;
        }
        String text = v.textValue();
        int length = text.codePointCount(0, text.length());
        s.minLength().ifPresent(min -> {
            if (length < min) {
                out.add(new Violation(at, "must be at least " + min + " characters long"));
            }
        });
        s.maxLength().ifPresent(max -> {
            if (length > max) {
                out.add(new Violation(at, "must be at most " + max + " characters long"));
            }
        });
        s.pattern().ifPresent(p -> {
            if (!PATTERNS.computeIfAbsent(p, Pattern::compile).matcher(text).find()) {
                out.add(new Violation(at, "must match the pattern " + p));
            }
        });
    }

    private static void array(SchemaNode.ArrayNode a, JsonNode v, String at, List<Violation> out) {
        if (!v.isArray()) {
            out.add(new Violation(at, "must be an array, found " + kind(v)));
            return;
        }
        a.minItems().ifPresent(min -> {
            if (v.size() < min) {
                out.add(new Violation(at, "must have at least " + min + " items"));
            }
        });
        a.maxItems().ifPresent(max -> {
            if (v.size() > max) {
                out.add(new Violation(at, "must have at most " + max + " items"));
            }
        });
        for (int i = 0; i < v.size(); i++) {
            check(a.items(), v.get(i), Pointer.child(at, i), out);
        }
    }

    private static void range(BigDecimal value, BigDecimal min, BigDecimal max, String at, List<Violation> out) {
        if (min != null && value.compareTo(min) < 0) {
            out.add(new Violation(at, "must be at least " + min.stripTrailingZeros().toPlainString()));
        }
        if (max != null && value.compareTo(max) > 0) {
            out.add(new Violation(at, "must be at most " + max.stripTrailingZeros().toPlainString()));
        }
    }

    private static boolean isInteger(JsonNode v) {
        if (v.isIntegralNumber()) {
            return true;
        }
        if (!v.isNumber() || (v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue()))) {
            return false;
        }
        BigDecimal d = v.decimalValue();
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    /// {@return whether two JSON values are equal}, numbers by value (draft 2020-12 instance equality)
    static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case OBJECT, POJO -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case NUMBER -> v.isIntegralNumber() ? "integer" : "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            case BINARY -> "binary";
            case MISSING -> "nothing";
        };
    }
}
