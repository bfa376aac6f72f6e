// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import lorabench.server.profile.SchemaNode;
import lorabench.server.profile.SchemaValidator;
import lorabench.server.profile.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class OrbiwiseProfileSchemasTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final OrbiwiseProfileSchemas SCHEMAS = new OrbiwiseProfileSchemas();

    static JsonNode seedExample() throws IOException {
        try (InputStream in = OrbiwiseProfileSchemasTest.class.getResourceAsStream(
                "/orbiwise-seed-device-profile.json")) {
            return JSON.readTree(in);
        }
    }

    @Test
    void parsesTheDeviceProfileSchemaIntoTheSchemaNodeFamily() {
        SchemaNode.ObjectNode content = SCHEMAS.schema(OwProfileKind.DEVICE).objectProperty("content");
        assertEquals(19, content.properties().size());
        assertEquals(16, content.required().size());
        assertFalse(content.required().contains("factory_presets"), "AMB-OW-44: presets are optional");
        assertFalse(content.additionalProperties());
        SchemaNode.EnumNode region = assertInstanceOf(SchemaNode.EnumNode.class,
                content.property("RFRegion").orElseThrow());
        assertEquals(List.of("EU868", "US915", "AU915", "CN470", "AS923", "AS923-2", "AS923-3", "IN865", "RU864",
                "JP923", "KR920"), region.values().stream().map(JsonNode::asText).toList());
        SchemaNode.IntegerNode eirp = assertInstanceOf(SchemaNode.IntegerNode.class,
                content.property("MaxEIRP").orElseThrow());
        assertEquals(0L, eirp.minimum().orElseThrow());
        assertEquals(33L, eirp.maximum().orElseThrow());
        SchemaNode.ArrayNode presets = assertInstanceOf(SchemaNode.ArrayNode.class,
                content.property("factory_presets").orElseThrow());
        SchemaNode.ObjectNode preset = assertInstanceOf(SchemaNode.ObjectNode.class, presets.items());
        SchemaNode.NumberNode rx2 = assertInstanceOf(SchemaNode.NumberNode.class,
                preset.property("rx2_freq_mhz").orElseThrow());
        assertEquals(433.0, rx2.minimum().orElseThrow());
        assertEquals(930.0, rx2.maximum().orElseThrow());
        SchemaNode.ArrayNode channels = assertInstanceOf(SchemaNode.ArrayNode.class,
                preset.property("channels").orElseThrow());
        assertInstanceOf(SchemaNode.BooleanNode.class,
                ((SchemaNode.ObjectNode) channels.items()).property("masked").orElseThrow());
        SchemaNode.StringNode mask = assertInstanceOf(SchemaNode.StringNode.class,
                preset.property("mask_125khz").orElseThrow());
        assertTrue(mask.pattern().isPresent());
        SchemaNode.StringNode name = assertInstanceOf(SchemaNode.StringNode.class,
                SCHEMAS.schema(OwProfileKind.DEVICE).property("profile_name").orElseThrow());
        assertEquals(6, name.minLength().orElseThrow());
        assertEquals(64, name.maxLength().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(OwProfileKind.class)
    void publishedSchemasAreTheParsedOnes(OwProfileKind kind) {
        assertEquals("https://json-schema.org/draft/2020-12/schema",
                SCHEMAS.schemaJson(kind).path("$schema").asText());
        assertEquals(Set.of("profile_name", "link_to_profile_uuid"),
                SCHEMAS.linkSchema(kind).required());
        assertTrue(SCHEMAS.linkSchemaJson(kind).path("properties").has("can_be_inspected"));
        assertEquals(kind == OwProfileKind.SERVICE, SCHEMAS.linkSchema(kind).property("restrictions").isPresent());
    }

    @Test
    void theSeedsOwnCreateExampleValidates() throws IOException {
        JsonNode seed = seedExample();
        assertEquals(List.of(), SchemaValidator.validate(SCHEMAS.schema(OwProfileKind.DEVICE), seed));
        assertEquals(Set.of(), StandardValidator.paths(SCHEMAS.schemaJson(OwProfileKind.DEVICE), seed));
    }

    static Stream<Arguments> badDocuments() throws IOException {
        return Vectors.rows("orbiwise-device-profile-violations.csv").stream()
                .map(r -> Arguments.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void badDocumentsAreRejectedAtTheSamePathAsTheStandardValidator(String name, String pointer, String value,
            String path, String message) throws IOException {
        JsonNode doc = edit(seedExample(), pointer, value);
        List<Violation> ours = SchemaValidator.validate(SCHEMAS.schema(OwProfileKind.DEVICE), doc);
        assertEquals(1, ours.size(), () -> "violations: " + ours);
        assertEquals(path, ours.get(0).path());
        assertTrue(ours.get(0).message().startsWith(message), ours.get(0).message());
        assertEquals(Set.of(path), StandardValidator.paths(SCHEMAS.schemaJson(OwProfileKind.DEVICE), doc));
    }

    @Test
    void integralDecimalsAreIntegersForBothValidators() throws IOException {
        JsonNode doc = edit(seedExample(), "/content/MaxEIRP", "14.0");
        assertEquals(List.of(), SchemaValidator.validate(SCHEMAS.schema(OwProfileKind.DEVICE), doc));
        assertEquals(Set.of(), StandardValidator.paths(SCHEMAS.schemaJson(OwProfileKind.DEVICE), doc));
    }

    @Test
    void severalViolationsAreAllReportedLikeTheStandardValidator() throws IOException {
        JsonNode doc = edit(edit(edit(seedExample(), "/content/MaxEIRP", "99"), "/content/activation", "-"),
                "/content/factory_presets/0/channels/0/masked", "1");
        List<Violation> ours = SchemaValidator.validate(SCHEMAS.schema(OwProfileKind.DEVICE), doc);
        assertEquals(Set.of("/content/MaxEIRP", "/content/activation",
                "/content/factory_presets/0/channels/0/masked"), StandardValidator.paths(ours));
        assertEquals(StandardValidator.paths(ours),
                StandardValidator.paths(SCHEMAS.schemaJson(OwProfileKind.DEVICE), doc));
    }

    /// Sets (or with `-` removes) the value at a JSON Pointer.
    static JsonNode edit(JsonNode doc, String pointer, String value) throws IOException {
        JsonNode copy = doc.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), JSON.readTree(value));
        } else if ("-".equals(value)) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, JSON.readTree(value));
        }
        return copy;
    }
}
