// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/// Parses LoRaBench's subset of JSON Schema draft 2020-12 into a [SchemaNode] tree. The subset is `type` (one of
/// object, string, integer, number, boolean, array), `properties`, `required`, `additionalProperties` (boolean),
/// `minLength`, `maxLength`, `pattern`, `format`, `minimum`, `maximum`, `enum`, `items`, `minItems`, `maxItems`, and
/// the annotations `title`, `description`, `default`, `$schema`, `$id`, `$comment`, `examples`. Any other keyword is
/// rejected, so a schema can never mean more to a standard validator than it means to [SchemaValidator].
public final class SchemaParser {
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "default", "$schema", "$id",
            "$comment", "examples");
    private static final Map<String, Set<String>> KEYWORDS = Map.of(
            "object", Set.of("type", "properties", "required", "additionalProperties"),
            "string", Set.of("type", "minLength", "maxLength", "pattern", "format"),
            "integer", Set.of("type", "minimum", "maximum"),
            "number", Set.of("type", "minimum", "maximum"),
            "boolean", Set.of("type"),
            "array", Set.of("type", "items", "minItems", "maxItems"),
            "enum", Set.of("type", "enum"));

    private SchemaParser() {
    }

    /// {@return the parsed schema}
    /// @throws IllegalArgumentException naming the JSON Pointer of the first unsupported or malformed keyword
    public static SchemaNode parse(JsonNode schema) {
        return node(schema, "");
    }

    private static SchemaNode node(JsonNode s, String at) {
        if (!s.isObject()) {
            throw bad(at, "a schema must be an object");
        }
        String kind = s.has("enum") ? "enum" : text(s, "type", at);
        Set<String> allowed = KEYWORDS.get(kind);
        if (allowed == null) {
            throw bad(at, "unsupported type '" + kind + "'");
        }
        for (Iterator<String> it = s.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!allowed.contains(k) && !ANNOTATIONS.contains(k)) {
                throw bad(at, "keyword '" + k + "' is not supported for " + kind);
            }
        }
        SchemaNode.Meta meta = new SchemaNode.Meta(optText(s, "title", at), optText(s, "description", at),
                Optional.ofNullable(s.get("default")));
        return switch (kind) {
            case "object" -> object(s, at, meta);
            case "string" -> new SchemaNode.StringNode(meta, optInt(s, "minLength", at), optInt(s, "maxLength", at),
                    optText(s, "pattern", at), optText(s, "format", at));
            case "integer" -> new SchemaNode.IntegerNode(meta, optLong(s, "minimum", at), optLong(s, "maximum", at));
            case "number" -> new SchemaNode.NumberNode(meta, optDouble(s, "minimum", at),
                    optDouble(s, "maximum", at));
            case "boolean" -> new SchemaNode.BooleanNode(meta);
            case "array" -> new SchemaNode.ArrayNode(meta, node(required(s, "items", at), at + "/items"),
                    optInt(s, "minItems", at), optInt(s, "maxItems", at));
            case "enum" -> enumNode(s, at, meta);
            default -> throw bad(at, "unsupported type '" + kind + "'");
        };
    }

    private static SchemaNode.ObjectNode object(JsonNode s, String at, SchemaNode.Meta meta) {
        Map<String, SchemaNode> props = new LinkedHashMap<>();
        JsonNode p = s.path("properties");
        if (!p.isMissingNode() && !p.isObject()) {
            throw bad(at, "properties must be an object");
        }
        p.properties().forEach(e -> props.put(e.getKey(),
                node(e.getValue(), at + "/properties/" + Pointer.escape(e.getKey()))));
        Set<String> required = new HashSet<>();
        JsonNode r = s.path("required");
        if (!r.isMissingNode()) {
            if (!r.isArray()) {
                throw bad(at, "required must be an array");
            }
            r.forEach(n -> required.add(n.asText()));
        }
        JsonNode ap = s.path("additionalProperties");
        if (!ap.isMissingNode() && !ap.isBoolean()) {
            throw bad(at, "additionalProperties must be true or false");
        }
        try {
            return new SchemaNode.ObjectNode(meta, props, required, ap.isMissingNode() || ap.booleanValue());
        } catch (IllegalArgumentException e) {
            throw bad(at, e.getMessage());
        }
    }

    private static SchemaNode.EnumNode enumNode(JsonNode s, String at, SchemaNode.Meta meta) {
        JsonNode values = s.get("enum");
        if (!values.isArray() || values.isEmpty()) {
            throw bad(at, "enum must be a non-empty array");
        }
        return new SchemaNode.EnumNode(meta, List.copyOf(values.valueStream().toList()));
    }

    private static JsonNode required(JsonNode s, String key, String at) {
        JsonNode v = s.get(key);
        if (v == null) {
            throw bad(at, "'" + key + "' is missing");
        }
        return v;
    }

    private static String text(JsonNode s, String key, String at) {
        JsonNode v = required(s, key, at);
        if (!v.isTextual()) {
            throw bad(at, "'" + key + "' must be a string");
        }
        return v.textValue();
    }

    private static Optional<String> optText(JsonNode s, String key, String at) {
        return s.has(key) ? Optional.of(text(s, key, at)) : Optional.empty();
    }

    private static OptionalInt optInt(JsonNode s, String key, String at) {
        JsonNode v = s.get(key);
        if (v == null) {
            return OptionalInt.empty();
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < 0) {
            throw bad(at, "'" + key + "' must be a non-negative integer");
        }
        return OptionalInt.of(v.intValue());
    }

    private static Optional<Long> optLong(JsonNode s, String key, String at) {
        JsonNode v = s.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw bad(at, "'" + key + "' must be an integer");
        }
        return Optional.of(v.longValue());
    }

    private static Optional<Double> optDouble(JsonNode s, String key, String at) {
        JsonNode v = s.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isNumber()) {
            throw bad(at, "'" + key + "' must be a number");
        }
        return Optional.of(v.doubleValue());
    }

    private static IllegalArgumentException bad(String at, String message) {
        return new IllegalArgumentException("schema " + (at.isEmpty() ? "/" : at) + ": " + message);
    }
}
