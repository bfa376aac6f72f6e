// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.util.ArrayList;
import java.util.List;

/// Splits one CSV line into cells (RFC 4180: commas, double-quoted cells with `""` for a quote).
final class CsvLines {
    private CsvLines() {}

    /// {@return the cells of `line`}, stripped of surrounding blanks
    /// @throws IllegalArgumentException on an unterminated quote or text after a closing quote
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (true) {
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new IllegalArgumentException("unterminated quoted cell");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(c);
                    }
                }
                while (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after a closing quote in cell " + (cells.size() + 1));
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    cell.append(line.charAt(i++));
                }
            }
            cells.add(cell.toString().strip());
            cell.setLength(0);
            if (i >= line.length()) {
                return cells;
            }
            i++;
        }
    }
}
