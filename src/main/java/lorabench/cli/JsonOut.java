// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/// Prints the one JSON document of a command on its stdout, pretty-printed, keys in insertion order.
final class JsonOut {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /// Two-space indentation, `"key": value`, one array element per line.
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));

    private JsonOut() {}

    static void print(CommandSpec spec, JsonNode document) {
        PrintWriter out = spec.commandLine().getOut();
        try {
            out.println(WRITER.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
        out.flush();
    }
}
