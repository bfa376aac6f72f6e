// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/// A JSON object being read field by field, knowing its path so every error names the offending value, and
/// rejecting fields nobody asked for.
final class JsonObject {
    private final JsonNode node;
    private final String path;
    private final Set<String> read = new HashSet<>();

    private JsonObject(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static JsonObject of(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new ScenarioException(path, "must be an object");
        }
        return new JsonObject(node, path);
    }

    String path() {
        return path;
    }

    String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    Optional<JsonNode> opt(String field) {
        read.add(field);
        JsonNode n = node.get(field);
        return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
    }

    JsonNode req(String field) {
        return opt(field).orElseThrow(() -> new ScenarioException(at(field), "is required"));
    }

    /// Converts a present field with `parse`, turning an [IllegalArgumentException] into a path error.
    <T> Optional<T> opt(String field, Function<JsonNode, T> parse) {
        return opt(field).map(n -> {
            try {
                return parse.apply(n);
            } catch (ScenarioException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(at(field), e.getMessage(), e);
            }
        });
    }

    <T> T req(String field, Function<JsonNode, T> parse) {
        req(field);
        return opt(field, parse).orElseThrow();
    }

    Optional<String> optString(String field) {
        return opt(field).map(n -> {
            if (!n.isTextual()) {
                throw new ScenarioException(at(field), "must be a string");
            }
            return n.asText();
        });
    }

    String string(String field) {
        req(field);
        return optString(field).orElseThrow();
    }

    String string(String field, String defaultValue) {
        return optString(field).orElse(defaultValue);
    }

    /// A string converted with `parse`; `expected` describes a valid value for the error message.
    <T> Optional<T> optText(String field, Function<String, T> parse, String expected) {
        return optString(field).map(s -> {
            try {
                return parse.apply(s);
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(at(field), expected, e);
            }
        });
    }

    <T> T text(String field, Function<String, T> parse, String expected) {
        req(field);
        return optText(field, parse, expected).orElseThrow();
    }

    Optional<Long> optLong(String field, long min, long max) {
        return opt(field).map(n -> {
            if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < min || n.asLong() > max) {
                throw new ScenarioException(at(field), "must be an integer " + min + ".." + max);
            }
            return n.asLong();
        });
    }

    long longValue(String field, long min, long max) {
        req(field);
        return optLong(field, min, max).orElseThrow();
    }

    int intValue(String field, int min, int max) {
        return (int) longValue(field, min, max);
    }

    int intValue(String field, int min, int max, int defaultValue) {
        return optLong(field, min, max).map(Long::intValue).orElse(defaultValue);
    }

    Optional<Double> optDouble(String field, double min, double max) {
        return opt(field).map(n -> {
            if (!n.isNumber() || !(n.asDouble() >= min && n.asDouble() <= max)) {
                throw new ScenarioException(at(field), "must be a number " + num(min) + ".." + num(max));
            }
            return n.asDouble();
        });
    }

    double doubleValue(String field, double min, double max) {
        req(field);
        return optDouble(field, min, max).orElseThrow();
    }

    double doubleValue(String field, double min, double max, double defaultValue) {
        return optDouble(field, min, max).orElse(defaultValue);
    }

    boolean bool(String field, boolean defaultValue) {
        return opt(field).map(n -> {
            if (!n.isBoolean()) {
                throw new ScenarioException(at(field), "must be true or false");
            }
            return n.asBoolean();
        }).orElse(defaultValue);
    }

    /// A positive duration, or zero when `allowZero`.
    Optional<Duration> optDuration(String field, boolean allowZero) {
        String expected = allowZero ? "must be a duration like \"30s\" or \"PT30S\""
                : "must be a positive duration like \"5m\" or \"PT5M\"";
        return optString(field).map(s -> {
            Duration d;
            try {
                d = Durations.parse(s);
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(at(field), expected, e);
            }
            if (d.isNegative() || (d.isZero() && !allowZero)) {
                throw new ScenarioException(at(field), expected);
            }
            return d;
        }).or(() -> {
            if (has(field)) {
                throw new ScenarioException(at(field), expected);
            }
            return Optional.empty();
        });
    }

    /// A duration of either sign (a sine's phase).
    Optional<Duration> optSignedDuration(String field) {
        return optText(field, Durations::parse, "must be a duration like \"6h\" or \"-6h\"");
    }

    Duration duration(String field) {
        if (!has(field)) {
            req(field);
        }
        if (!node.get(field).isTextual()) {
            throw new ScenarioException(at(field), "must be a positive duration like \"5m\" or \"PT5M\"");
        }
        return optDuration(field, false).orElseThrow();
    }

    List<JsonNode> array(String field, boolean required) {
        Optional<JsonNode> n = required ? Optional.of(req(field)) : opt(field);
        if (n.isEmpty()) {
            return List.of();
        }
        if (!n.get().isArray()) {
            throw new ScenarioException(at(field), "must be an array");
        }
        List<JsonNode> items = new ArrayList<>();
        n.get().forEach(items::add);
        return items;
    }

    JsonObject object(String field) {
        return JsonObject.of(req(field), at(field));
    }

    Optional<JsonObject> optObject(String field) {
        return opt(field).map(n -> JsonObject.of(n, at(field)));
    }

    /// Rejects every field that was never read.
    void finish() {
        var it = node.fieldNames();
        while (it.hasNext()) {
            String f = it.next();
            if (!read.contains(f)) {
                throw new ScenarioException(at(f), "unknown field (expected one of " + String.join(", ",
                        read.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
