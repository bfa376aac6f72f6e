// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/// A push target's extra HTTP headers as the form edits them: one `Name: value` a line. Names are RFC 9110 §5.6.2
/// tokens; the standard protocol headers a push may not override (OW-J-04, the same list the OrbiWAN
/// `push_header_` tags obey) are refused, as are values with line breaks.
final class HeaderLines {
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    static final Set<String> STANDARD = Set.of("accept", "accept-encoding", "authorization", "connection",
            "content-length", "content-type", "expect", "host", "te", "transfer-encoding", "upgrade", "via", "date");

    private HeaderLines() {}

    sealed interface Result {
        record Valid(Map<String, String> headers) implements Result {}

        record Invalid(String reason) implements Result {}
    }

    static Result parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        int n = 0;
        for (String line : text.split("\\R")) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                return new Result.Invalid("header line " + n + " must be 'Name: value'");
            }
            String name = line.substring(0, colon).strip();
            if (!TOKEN.matcher(name).matches()) {
                return new Result.Invalid("header line " + n + ": '" + name + "' is not a header name");
            }
            if (STANDARD.contains(name.toLowerCase(Locale.ROOT))) {
                return new Result.Invalid("header " + name + " is set by the push itself");
            }
            if (out.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(name))) {
                return new Result.Invalid("header " + name + " is given twice");
            }
            out.put(name, line.substring(colon + 1).strip());
        }
        return new Result.Valid(out);
    }

    static String format(Map<String, String> headers) {
        return headers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
    }
}
