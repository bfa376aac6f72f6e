// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Durations as scenario files write them: ISO 8601 (`PT5M`, `P1D`) or a sequence of number-unit pairs with the
/// units `ms`, `s`, `m`, `h`, `d` (`500ms`, `5m`, `1h30m`, `1.5h`); a leading `-` negates.
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

    private Durations() {}

    /// {@return the duration written in `text`}
    /// @throws IllegalArgumentException when `text` is neither form
    public static Duration parse(String text) {
        String t = text.strip();
        if (t.startsWith("-") && !t.startsWith("--")) {
            return parse(t.substring(1)).negated();
        }
        if (t.startsWith("P") || t.startsWith("p")) {
            try {
                return Duration.parse(t);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not an ISO 8601 duration", e);
            }
        }
        Matcher m = PART.matcher(t);
        long nanos = 0;
        int at = 0;
        while (at < t.length() && m.find(at) && m.start() == at) {
            double n = Double.parseDouble(m.group(1));
            long unit = switch (m.group(2)) {
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                case "h" -> 3_600_000_000_000L;
                default -> 86_400_000_000_000L;
            };
            nanos = Math.addExact(nanos, Math.round(n * unit));
            at = m.end();
        }
        if (at == 0 || at != t.length()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration");
        }
        return Duration.ofNanos(nanos);
    }

    /// {@return `d` in the short form}, e.g. `5m`, `1h30m`, `500ms`
    public static String format(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder sb = new StringBuilder();
        long ms = d.toMillis();
        long[] units = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
        String[] names = {"d", "h", "m", "s", "ms"};
        for (int i = 0; i < units.length; i++) {
            if (ms >= units[i]) {
                sb.append(ms / units[i]).append(names[i]);
                ms %= units[i];
            }
        }
        return sb.toString();
    }
}
