// SPDX-License-Identifier: Apache-2.0
package lorabench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/// Reads `src/test/resources/vectors/NAME`: one vector per line, `#` lines are provenance comments, a header line
/// (starting with `name,`) is skipped. A row has three fields: the name (up to the first comma), the last field
/// (after the last comma) and everything between, which may itself hold commas (MAC commands, JSON).
final class VectorFile {
    private VectorFile() {}

    static List<Arguments> rows(String name) {
        try (InputStream in = VectorFile.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no vector file " + name);
            }
            List<Arguments> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("name,")) {
                    continue;
                }
                String row = line.strip();
                int first = row.indexOf(',');
                int last = row.lastIndexOf(',');
                out.add(Arguments.of(row.substring(0, first), row.substring(first + 1, last), row.substring(last + 1)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
