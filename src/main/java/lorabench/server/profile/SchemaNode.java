// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/// One node of a profile schema, parsed once from LoRaBench's JSON Schema (draft 2020-12) subset by [SchemaParser].
/// The REST APIs validate with it ([SchemaValidator]) and the profile editors build their forms from it with an
/// exhaustive `switch`, so both always agree with the schema that `get_schema` returns.
public sealed interface SchemaNode permits SchemaNode.ObjectNode, SchemaNode.StringNode, SchemaNode.IntegerNode,
        SchemaNode.NumberNode, SchemaNode.BooleanNode, SchemaNode.EnumNode, SchemaNode.ArrayNode {

    /// {@return the annotations: title, description and default}
    Meta meta();

    /// The annotation keywords every node may carry.
    record Meta(Optional<String> title, Optional<String> description, Optional<JsonNode> defaultValue) {
        public static final Meta NONE = new Meta(Optional.empty(), Optional.empty(), Optional.empty());

        public Meta {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(defaultValue, "defaultValue");
        }
    }

    /// `type: object` with `properties` (in declaration order), `required` and `additionalProperties: true|false`.
    record ObjectNode(Meta meta, Map<String, SchemaNode> properties, Set<String> required,
            boolean additionalProperties) implements SchemaNode {
        public ObjectNode {
            Objects.requireNonNull(meta, "meta");
            properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
            required = Set.copyOf(required);
            for (String r : required) {
                if (!properties.containsKey(r)) {
                    throw new IllegalArgumentException("required property '" + r + "' is not declared");
                }
            }
        }

        /// {@return the schema of property `name`}, if declared
        public Optional<SchemaNode> property(String name) {
            return Optional.ofNullable(properties.get(name));
        }

        /// {@return the object schema of property `name`}
        /// @throws IllegalArgumentException if it is missing or not an object
        public ObjectNode objectProperty(String name) {
            if (properties.get(name) instanceof ObjectNode o) {
                return o;
            }
            throw new IllegalArgumentException("property '" + name + "' is not an object schema");
        }
    }

    /// `type: string` with `minLength`, `maxLength`, `pattern` (an ECMA-262 regular expression, searched, not
    /// anchored) and `format` (an annotation only, as in draft 2020-12 by default).
    record StringNode(Meta meta, OptionalInt minLength, OptionalInt maxLength, Optional<String> pattern,
            Optional<String> format) implements SchemaNode {
        public StringNode {
            Objects.requireNonNull(meta, "meta");
            Objects.requireNonNull(minLength, "minLength");
            Objects.requireNonNull(maxLength, "maxLength");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(format, "format");
            pattern.ifPresent(java.util.regex.Pattern::compile);
        }
    }

    /// `type: integer` with inclusive `minimum`/`maximum`.
    record IntegerNode(Meta meta, Optional<Long> minimum, Optional<Long> maximum) implements SchemaNode {
        public IntegerNode {
            Objects.requireNonNull(meta, "meta");
            Objects.requireNonNull(minimum, "minimum");
            Objects.requireNonNull(maximum, "maximum");
        }
    }

    /// `type: number` with inclusive `minimum`/`maximum`.
    record NumberNode(Meta meta, Optional<Double> minimum, Optional<Double> maximum) implements SchemaNode {
        public NumberNode {
            Objects.requireNonNull(meta, "meta");
            Objects.requireNonNull(minimum, "minimum");
            Objects.requireNonNull(maximum, "maximum");
        }
    }

    /// `type: boolean`.
    record BooleanNode(Meta meta) implements SchemaNode {
        public BooleanNode {
            Objects.requireNonNull(meta, "meta");
        }
    }

    /// `enum`: the value must equal one of `values` (numbers compare by value, so `1` equals `1.0`).
    record EnumNode(Meta meta, List<JsonNode> values) implements SchemaNode {
        public EnumNode {
            Objects.requireNonNull(meta, "meta");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("enum needs at least one value");
            }
        }

        /// {@return whether every value is a string} (editors show a choice box of texts)
        public boolean textual() {
            return values.stream().allMatch(JsonNode::isTextual);
        }
    }

    /// `type: array` with `items`, `minItems` and `maxItems`.
    record ArrayNode(Meta meta, SchemaNode items, OptionalInt minItems, OptionalInt maxItems) implements SchemaNode {
        public ArrayNode {
            Objects.requireNonNull(meta, "meta");
            Objects.requireNonNull(items, "items");
            Objects.requireNonNull(minItems, "minItems");
            Objects.requireNonNull(maxItems, "maxItems");
        }
    }
}
