// SPDX-License-Identifier: Apache-2.0
package lorabench.server.provisioning;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Reads the JSON form of the import format: an array of objects whose properties are the import-format fields.
/// Strings, numbers and booleans are taken as their text; `null` is an absent field; `tags` is an object of
/// scalar values (or the CSV text form). Each row is reported at the line of its opening brace.
final class JsonRowReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonRowReader() {}

    /// {@return the rows of `text`}
    /// @throws ImportFormatException when `text` is not a JSON array or not well-formed JSON
    static List<ImportRow> read(String text) throws ImportFormatException {
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new ImportFormatException("line " + p.currentTokenLocation().getLineNr()
                        + ": a JSON import file is an array of device objects");
            }
            List<ImportRow> rows = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    throw new ImportFormatException("the JSON array is not closed");
                }
                int line = p.currentTokenLocation().getLineNr();
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    rows.add(new ImportRow(new DeviceInput(line, Map.of(), Optional.empty()),
                            List.of(Violation.ofRow("each element must be a JSON object"))));
                    continue;
                }
                rows.add(object(p, line));
            }
            if (p.nextToken() != null) {
                throw new ImportFormatException("line " + p.currentTokenLocation().getLineNr()
                        + ": unexpected content after the JSON array");
            }
            return rows;
        } catch (JsonProcessingException e) {
            throw new ImportFormatException("line " + e.getLocation().getLineNr() + ": malformed JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new ImportFormatException("cannot read the JSON: " + e.getMessage(), e);
        }
    }

    private static ImportRow object(JsonParser p, int line) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        Optional<Map<String, String>> tags = Optional.empty();
        List<Violation> problems = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals(ImportFields.TAGS) && v == JsonToken.START_OBJECT) {
                tags = Optional.of(tagObject(p, problems));
            } else if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                p.skipChildren();
                problems.add(Violation.of(name, name.equals(ImportFields.TAGS)
                        ? "must be an object of tag values" : "must be a string, number or boolean"));
            } else if (v != JsonToken.VALUE_NULL) {
                fields.put(name, p.getText());
            }
        }
        return new ImportRow(new DeviceInput(line, fields, tags), problems);
    }

    private static Map<String, String> tagObject(JsonParser p, List<Violation> problems) throws IOException {
        Map<String, String> tags = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                p.skipChildren();
                problems.add(Violation.of(ImportFields.TAGS, "tag '" + key + "' must have a scalar value"));
            } else if (v != JsonToken.VALUE_NULL) {
                tags.put(key, p.getText());
            }
        }
        return tags;
    }
}
