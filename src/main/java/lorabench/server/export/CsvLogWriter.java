// SPDX-License-Identifier: Apache-2.0
package lorabench.server.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lorabench.store.SessionLogEntry;

/// RFC 4180 CSV: a header row with the names of [ExportColumns], then one row per entry, CRLF line ends; an absent
/// value is an empty field; a field holding a comma, quote or line break is quoted with inner quotes doubled.
final class CsvLogWriter implements LogWriter {
    private final BufferedWriter out;

    CsvLogWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void begin() throws IOException {
        row(List.copyOf(ExportColumns.NAMES));
    }

    @Override
    public void write(SessionLogEntry entry) throws IOException {
        row(ExportColumns.values(entry));
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }

    private void row(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = values.get(i);
            out.write(v == null ? "" : quote(v.toString()));
        }
        out.write("\r\n");
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
