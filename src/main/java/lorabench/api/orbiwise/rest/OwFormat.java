// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.Hex;

/// The OrbiWAN value notations (seed §Formats): hex in three notations (case-insensitive) for EUIs, keys and
/// DevAddr (which may also be a decimal JSON number), payloads in base64 or hex per `data_format`, and timestamps
/// `yyyy-mm-ddThh:mm:ss.SSSZ` in UTC.
final class OwFormat {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /// The two payload encodings of `data_format`.
    enum DataFormat {
        BASE64, HEX;

        String encode(Bytes b) {
            return this == HEX ? b.toString() : Base64.getEncoder().encodeToString(b.toArray());
        }

        /// @throws OwError 400 when `text` is not in this encoding
        Bytes decode(String text) {
            String t = text.strip();
            try {
                return this == HEX ? (t.isEmpty() ? Bytes.EMPTY : Bytes.wrap(Hex.parse(t)))
                        : Bytes.wrap(Base64.getDecoder().decode(t));
            } catch (IllegalArgumentException e) {
                throw OwError.badRequest("the payload is not valid " + name().toLowerCase(Locale.ROOT) + ": "
                        + e.getMessage());
            }
        }
    }

    private OwFormat() {}

    static String time(Instant t) {
        return TIME.format(t);
    }

    /// @throws OwError 400 when `text` is not an ISO 8601 date-time (with offset, or UTC when none is written)
    static Instant parseTime(String name, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw OwError.badRequest(name + " '" + text + "' is not an ISO 8601 timestamp");
            }
        }
    }

    /// @throws OwError 406 when `text` is not an 8-byte hex value
    static Eui64 eui(String field, String text) {
        try {
            return Eui64.parse(text);
        } catch (IllegalArgumentException e) {
            throw new OwError(406, "Invalid value", field + ": " + e.getMessage());
        }
    }

    /// @throws OwError 406 when `text` is not a 16-byte hex value
    static AesKey key(String field, String text) {
        try {
            return AesKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw new OwError(406, "Invalid value", field + ": " + e.getMessage());
        }
    }

    /// A DevAddr written as 4-byte hex text or as a decimal JSON number (seed §HEX notation).
    /// @throws OwError 406 when it is neither
    static DevAddr devAddr(JsonNode node) {
        try {
            if (node.isIntegralNumber()) {
                return DevAddr.parseDecimal(node.asText());
            }
            return DevAddr.parse(node.asText());
        } catch (IllegalArgumentException e) {
            throw new OwError(406, "Invalid value", "devaddr: " + e.getMessage());
        }
    }

    /// {@return the text of an optional non-empty string member}
    /// @throws OwError 400 when the member is not a JSON string
    static Optional<String> text(JsonNode body, String field) {
        return text(body, field, 400);
    }

    /// {@return the text of an optional non-empty string member of a device body}
    /// @throws OwError 406 (an invalid value, seed §Register device / §Update device) when it is not a JSON string
    static Optional<String> nodeText(JsonNode body, String field) {
        return text(body, field, 406);
    }

    /// {@return the object of an optional `tags` member}, empty when absent or null
    /// @throws OwError `status` when it is not a JSON object
    static Optional<JsonNode> tags(JsonNode body, int status) {
        JsonNode t = body.get("tags");
        if (t == null || t.isNull()) {
            return Optional.empty();
        }
        if (!t.isObject()) {
            throw new OwError(status, status == 400 ? "Bad request" : "Invalid value", "tags must be a JSON object");
        }
        return Optional.of(t);
    }

    private static Optional<String> text(JsonNode body, String field, int status) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            throw new OwError(status, status == 400 ? "Bad request" : "Invalid value", field
                    + " must be a JSON string, got " + n.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        String s = n.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
