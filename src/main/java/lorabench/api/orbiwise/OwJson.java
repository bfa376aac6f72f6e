// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/// The one reader of the JSON bodies the OrbiWAN emulation receives: REST request bodies, `PUT /rest/pushmode/start`
/// and the application's answer to a join callback. The seed answers "The JSON object is not valid" with 400
/// (OW-A-09); Jackson's tree reader by default stops after the first document and ignores what follows
/// (`{"host": "…"} garbage` would pass), so every OrbiWAN parser goes through here, where trailing text is an error.
public final class OwJson {
    private static final ObjectReader READER = new ObjectMapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private OwJson() {}

    /// {@return `text` as one JSON document}: a `MissingNode` when it is empty or blank
    /// @throws JsonProcessingException when it is not JSON, or when anything but white space follows the document
    public static JsonNode read(String text) throws JsonProcessingException {
        return READER.readTree(text);
    }
}
