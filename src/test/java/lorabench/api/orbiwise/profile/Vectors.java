// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// Reads a `|`-separated vector file from `src/test/resources/vectors`, skipping `#` comments and the header.
final class Vectors {
    private Vectors() {
    }

    static List<List<String>> rows(String name) throws IOException {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + name);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<List<String>> out = new ArrayList<>();
            boolean header = true;
            for (String line; (line = r.readLine()) != null;) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(Arrays.asList(line.split("\\|", -1)));
            }
            return out;
        }
    }
}
