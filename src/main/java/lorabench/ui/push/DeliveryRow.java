// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import lorabench.server.push.PushDelivery;

/// One line of the live delivery log, formatted for the table.
///
/// @param status  the HTTP status code, or `—` when no answer came
/// @param latency milliseconds with one decimal
/// @param outcome `OK (200)`, `left stored (202)` or `failed`, with the kind (test, repush, retry n) when not live
public record DeliveryRow(String time, String account, String url, String method, String status, String latency,
        String outcome, String error, boolean failed) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT);

    /// {@return the row of `d`}, naming the account with `accountName` and showing the time in `zone`
    public static DeliveryRow of(PushDelivery d, String accountName, ZoneId zone) {
        String outcome = switch (d.outcome()) {
            case TAKEN -> "taken";
            case LEFT_STORED -> "left stored";
            case FAILED -> "failed";
        };
        String kind = switch (d.kind()) {
            case LIVE -> "";
            case TEST -> " (test)";
            case REPUSH -> " (repush)";
            case RETRY -> " (retry " + d.attempt() + ")";
        };
        return new DeliveryRow(TIME.format(d.at().atZone(zone)), accountName, d.url(), d.method(),
                d.status().isPresent() ? Integer.toString(d.status().getAsInt()) : "\u2014", millis(d.latency()),
                outcome + kind, d.error().orElse(""), d.outcome() == PushDelivery.Outcome.FAILED);
    }

    static String millis(Duration latency) {
        return String.format(Locale.ROOT, "%.1f ms", latency.toNanos() / 1e6);
    }
}
