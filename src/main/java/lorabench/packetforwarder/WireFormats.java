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
    static Instant parseCompactTime(String text) {
        return Instant.parse(text);
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
