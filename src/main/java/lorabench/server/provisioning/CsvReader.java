// SPDX-License-Identifier: Apache-2.0
package lorabench.server.provisioning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Reads the CSV form of the import format: RFC 4180 (fields separated by commas, records by CRLF or LF, fields
/// containing commas, quotes or line breaks enclosed in double quotes, a quote inside written twice), with a header
/// row naming the fields. Blank lines are skipped; a record spanning lines is reported at its first line.
final class CsvReader {
    private final String text;
    private int pos;
    private int line = 1;

    private CsvReader(String text) {
        this.text = text;
    }

    /// {@return the rows of `text`}
    /// @throws ImportFormatException when the header is missing, names an unknown or repeated field, a quoted field
    ///         is not closed, or a record has more fields than the header
    static List<ImportRow> read(String text) throws ImportFormatException {
        CsvReader r = new CsvReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
        Optional<Record> header = r.next();
        if (header.isEmpty()) {
            throw new ImportFormatException("the CSV file is empty (expected a header row)");
        }
        List<String> names = header.get().fields().stream().map(String::strip).toList();
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!ImportFields.ALL.contains(n)) {
                throw new ImportFormatException("line " + header.get().line() + ": unknown column '" + n
                        + "' (the columns are " + String.join(", ", ImportFields.ALL) + ")");
            }
            if (!seen.add(n)) {
                throw new ImportFormatException("line " + header.get().line() + ": column '" + n + "' appears twice");
            }
        }
        List<ImportRow> rows = new ArrayList<>();
        for (Optional<Record> rec = r.next(); rec.isPresent(); rec = r.next()) {
            Record record = rec.get();
            if (record.fields().size() > names.size()) {
                throw new ImportFormatException("line " + record.line() + ": " + record.fields().size()
                        + " fields but the header names " + names.size());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < record.fields().size(); i++) {
                fields.put(names.get(i), record.fields().get(i));
            }
            rows.add(new ImportRow(new DeviceInput(record.line(), fields, Optional.empty()), List.of()));
        }
        return rows;
    }

    private record Record(int line, List<String> fields) {}

    private Optional<Record> next() throws ImportFormatException {
        while (pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
            skipLineBreak();
        }
        if (pos >= text.length()) {
            return Optional.empty();
        }
        int start = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(field(start));
            if (pos >= text.length()) {
                break;
            }
            char c = text.charAt(pos);
            if (c == ',') {
                pos++;
            } else {
                skipLineBreak();
                break;
            }
        }
        return Optional.of(new Record(start, fields));
    }

    private String field(int recordLine) throws ImportFormatException {
        if (pos < text.length() && text.charAt(pos) == '"') {
            pos++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw new ImportFormatException("line " + recordLine + ": a quoted field is not closed");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        sb.append('"');
                        pos++;
                    } else {
                        break;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    sb.append(c);
                }
            }
            if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
                throw new ImportFormatException("line " + line + ": unexpected character after a closing quote");
            }
            return sb.toString();
        }
        int from = pos;
        while (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
            if (text.charAt(pos) == '"') {
                throw new ImportFormatException("line " + line + ": a quote inside an unquoted field");
            }
            pos++;
        }
        return text.substring(from, pos);
    }

    private void skipLineBreak() {
        if (text.charAt(pos) == '\r') {
            pos++;
            if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
        } else {
            pos++;
        }
        line++;
    }
}
