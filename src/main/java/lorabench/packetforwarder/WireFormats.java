// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import lorabench.lorawan.types.Bytes;

/// The textual conventions of the JSON bodies: MHz frequencies, the two time formats and base64.
final class WireFormats {
    private static final DateTimeFormatter COMPACT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter EXPANDED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'GMT'").withZone(ZoneOffset.UTC);
    private static final BigDecimal MAX_MHZ = BigDecimal.valueOf(100_000);

    private WireFormats() {}

    /// {@return `mhz` in whole hertz}, rounding more than six decimals half-even
    /// @throws IllegalArgumentException when the value is negative or absurdly large
    static long mhzToHz(BigDecimal mhz) {
        if (mhz.signum() < 0 || mhz.compareTo(MAX_MHZ) > 0) {
            throw new IllegalArgumentException("frequency " + mhz.toPlainString() + " MHz is out of range");
        }
        return mhz.movePointRight(6).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /// {@return `hz` as MHz with six decimals}, as the Semtech forwarder prints it (`%.6lf`)
    static BigDecimal hzToMhz(long hz) {
        return BigDecimal.valueOf(hz, 6);
    }

    /// Parses an ISO 8601 instant ("compact" format of `rxpk.time`, any fraction, `Z` or an offset).
    /// @throws java.time.DateTimeException when it is not one
    static Instant parseCompactTime(String text) {
        Instant fast = parseUtcFast(text);
        return fast != null ? fast : Instant.parse(text);
    }

    /// The forwarder's own form `2013-03-31T16:21:17.528002Z`, parsed without `DateTimeFormatter` (a third of
    /// the PUSH_DATA decoding time otherwise); {@return null} for any other form, which the slow path handles.
    private static Instant parseUtcFast(String t) {
        int n = t.length();
        if (n < 20 || n > 30 || t.charAt(n - 1) != 'Z' || t.charAt(4) != '-' || t.charAt(7) != '-'
                || t.charAt(10) != 'T' || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int nanos = 0;
        if (n > 20) {
            if (t.charAt(19) != '.' || n == 21) {
                return null;
            }
            int fraction = digits(t, 20, n - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = n - 1 - 20; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        if (day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /// {@return the decimal value of `t[from..to)`}, or -1 when a character is not a digit
    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static String formatCompactTime(Instant t) {
        return COMPACT.format(t);
    }

    /// Parses the "expanded" time of `stat.time` (`2014-01-12 08:59:28 GMT`, also with `UTC` or no zone), or
    /// failing that an ISO 8601 instant.
    /// @throws DateTimeParseException when it is neither
    static Instant parseExpandedTime(String text) {
        if (text.length() >= 19 && text.charAt(10) == ' ') {
            String zone = text.substring(19).strip();
            if (zone.isEmpty() || zone.equals("GMT") || zone.equals("UTC") || zone.equals("Z")) {
                return LocalDateTime.parse(text.substring(0, 10) + 'T' + text.substring(11, 19)).toInstant(ZoneOffset.UTC);
            }
            throw new DateTimeParseException("unknown time zone '" + zone + "'", text, 19);
        }
        return Instant.parse(text);
    }

    static String formatExpandedTime(Instant t) {
        return EXPANDED.format(t);
    }

    /// Decodes standard or URL-safe base64, padded or not.
    /// @throws IllegalArgumentException when `text` is not base64
    static Bytes decodeBase64(String text) {
        String s = text;
        if (s.indexOf('-') >= 0 || s.indexOf('_') >= 0) {
            s = s.replace('-', '+').replace('_', '/');
        }
        return Bytes.wrap(Base64.getDecoder().decode(s));
    }

    static String encodeBase64(Bytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.toArray());
    }
}
