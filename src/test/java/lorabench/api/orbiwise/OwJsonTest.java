// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OwJsonTest {
    @Test
    void readsOneDocumentWithSurroundingWhiteSpace() throws Exception {
        assertEquals("x", OwJson.read(" \n{\"host\": \"x\"}\r\n\t ").path("host").asText());
        assertEquals(2, OwJson.read("[1, 2]").size());
    }

    @Test
    void anEmptyBodyIsMissingNotAnError() throws Exception {
        assertTrue(OwJson.read("").isMissingNode());
        assertTrue(OwJson.read("  \n").isMissingNode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"host\":\"x\"} garbage", "{\"host\":\"x\"} {}", "{\"host\":\"x\"}}", "{} []", "1 2",
            "\"a\" \"b\"", "{\"host\":\"x\"},", "{not json", "{\"a\":1,}"})
    void refusesTrailingTextAndMalformedJson(String text) {
        assertThrows(JsonProcessingException.class, () -> OwJson.read(text));
    }
}
