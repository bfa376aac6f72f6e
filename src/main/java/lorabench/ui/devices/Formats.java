// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/// How the device screens print times and radio values.
public final class Formats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Formats() {}

    /// {@return `HH:mm:ss` for today in `zone`, else `yyyy-MM-dd HH:mm`; an em dash for never}
    public static String time(Optional<Instant> at, ZoneId zone, LocalDate today) {
        return at.map(t -> t.atZone(zone).toLocalDate().equals(today) ? TIME.format(t.atZone(zone))
                : DATE_TIME.format(t.atZone(zone))).orElse("\u2014");
    }

    /// {@return "-87 / 9.5" (dBm / dB), or an em dash}
    public static String signal(Optional<Double> rssi, Optional<Double> snr) {
        if (rssi.isEmpty()) {
            return "\u2014";
        }
        return String.format(Locale.ROOT, "%.0f", rssi.get())
                + snr.map(s -> String.format(Locale.ROOT, " / %.1f", s)).orElse("");
    }
}
