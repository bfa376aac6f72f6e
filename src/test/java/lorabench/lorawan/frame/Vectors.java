// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lorabench.lorawan.types.Bytes;
import org.junit.jupiter.params.provider.Arguments;

/// Loads `src/test/resources/vectors/*.csv`: `#` lines are provenance comments, other lines are comma-separated
/// columns. Hex columns may contain spaces and `|` to annotate fields.
public final class Vectors {
    private Vectors() {}

    public static List<Arguments> load(String name, int columns) {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing vector file " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split(",", -1);
                if (cols.length != columns) {
                    throw new IllegalStateException(name + ": expected " + columns + " columns in '" + line + "'");
                }
                rows.add(Arguments.of((Object[]) cols));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /// {@return the bytes of an annotated hex column}
    public static Bytes hex(String annotated) {
        return Bytes.fromHex(annotated.replace(" ", "").replace("|", ""));
    }

    /// {@return `key=value` pairs separated by spaces}, in order
    public static Map<String, String> fields(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String kv : text.trim().split("\\s+")) {
            if (kv.isEmpty()) {
                continue;
            }
            int eq = kv.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("not key=value: " + kv);
            }
            m.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return m;
    }
}
