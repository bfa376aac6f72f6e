// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaParserTest {

    @Test
    void parsesEveryNodeKindWithItsKeywords() {
        SchemaNode.ObjectNode o = assertInstanceOf(SchemaNode.ObjectNode.class, SchemaParser.parse(
                ProfileServiceTest.json("""
                {"type":"object","title":"T","required":["s"],"properties":{
                  "s":{"type":"string","minLength":1,"maxLength":4,"pattern":"^a","format":"uuid","default":"a"},
                  "i":{"type":"integer","minimum":-1,"maximum":9},"n":{"type":"number","minimum":0.5},
                  "b":{"type":"boolean","description":"D"},"e":{"type":"string","enum":["x","y"]},
                  "a":{"type":"array","items":{"type":"integer"},"minItems":1,"maxItems":2}}}""")));
        assertEquals(List.of("s", "i", "n", "b", "e", "a"), List.copyOf(o.properties().keySet()));
        assertEquals("T", o.meta().title().orElseThrow());
        assertTrue(o.additionalProperties());
        SchemaNode.StringNode s = assertInstanceOf(SchemaNode.StringNode.class, o.property("s").orElseThrow());
        assertEquals("^a", s.pattern().orElseThrow());
        assertEquals("a", s.meta().defaultValue().orElseThrow().asText());
        assertEquals(-1L, assertInstanceOf(SchemaNode.IntegerNode.class, o.property("i").orElseThrow())
                .minimum().orElseThrow());
        assertEquals(0.5, assertInstanceOf(SchemaNode.NumberNode.class, o.property("n").orElseThrow())
                .minimum().orElseThrow());
        assertEquals("D", o.property("b").orElseThrow().meta().description().orElseThrow());
        assertTrue(assertInstanceOf(SchemaNode.EnumNode.class, o.property("e").orElseThrow()).textual());
        SchemaNode.ArrayNode a = assertInstanceOf(SchemaNode.ArrayNode.class, o.property("a").orElseThrow());
        assertInstanceOf(SchemaNode.IntegerNode.class, a.items());
        assertEquals(2, a.maxItems().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"null\"}", "{\"type\":\"string\",\"minimum\":1}",
            "{\"type\":\"object\",\"properties\":{\"x\":{\"anyOf\":[]}}}", "{\"type\":\"array\"}",
            "{\"type\":\"object\",\"required\":[\"x\"]}", "{\"type\":\"object\",\"additionalProperties\":{}}",
            "{\"enum\":[]}", "{\"type\":\"string\",\"pattern\":\"(\"}", "{\"$ref\":\"#/x\",\"type\":\"string\"}"})
    void rejectsWhatTheSubsetDoesNotCover(String schema) {
        assertThrows(IllegalArgumentException.class, () -> SchemaParser.parse(ProfileServiceTest.json(schema)));
    }

    @Test
    void validatorReportsEachViolationWithItsPointer() {
        SchemaNode schema = SchemaParser.parse(ProfileServiceTest.json("""
                {"type":"object","additionalProperties":false,"required":["a/b"],"properties":{
                  "a/b":{"type":"integer"},"list":{"type":"array","maxItems":1,"items":{"type":"boolean"}}}}"""));
        List<Violation> v = SchemaValidator.validate(schema, ProfileServiceTest.json(
                "{\"list\":[true,3],\"x\":1}"));
        assertEquals(List.of(new Violation("/a~1b", "is required"), new Violation("/list", "must have at most 1 items"),
                new Violation("/list/1", "must be a boolean, found integer"),
                new Violation("/x", "is not a known property")), v);
    }
}
