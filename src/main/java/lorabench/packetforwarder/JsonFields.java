// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.DateTimeException;
import lorabench.lorawan.types.Bytes;
import lorabench.packetforwarder.MalformedDatagramException.Reason;

/// Typed reads of the current JSON value, each failing with a [MalformedDatagramException] that names the field.
final class JsonFields {
    private JsonFields() {}

    static MalformedDatagramException malformed(Reason reason, String detail) {
        return new MalformedDatagramException(reason, detail);
    }

    static void expect(JsonParser p, JsonToken token, String field) throws MalformedDatagramException {
        if (p.currentToken() != token) {
            throw malformed(Reason.INVALID_FIELD, field + " must be " + describe(token) + ", got " + p.currentToken());
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> token.toString();
        };
    }

    static long integer(JsonParser p, String field, long min, long max) throws IOException, MalformedDatagramException {
        long v;
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw malformed(Reason.FIELD_OUT_OF_RANGE, field + " " + p.getText() + " is out of range");
            }
            v = p.getLongValue();
        } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            double d = p.getDoubleValue();
            if (d != Math.rint(d)) {
                throw malformed(Reason.INVALID_FIELD, field + " must be an integer, got " + p.getText());
            }
            if (!(d >= Long.MIN_VALUE && d <= Long.MAX_VALUE)) {
                throw malformed(Reason.FIELD_OUT_OF_RANGE, field + " " + p.getText() + " is out of range");
            }
            v = (long) d;
        } else {
            throw malformed(Reason.INVALID_FIELD, field + " must be a number, got " + t);
        }
        if (v < min || v > max) {
            throw malformed(Reason.FIELD_OUT_OF_RANGE, field + " must be " + min + ".." + max + ", got " + v);
        }
        return v;
    }

    static int integer32(JsonParser p, String field, int min, int max) throws IOException, MalformedDatagramException {
        return (int) integer(p, field, min, max);
    }

    static double number(JsonParser p, String field) throws IOException, MalformedDatagramException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw malformed(Reason.INVALID_FIELD, field + " must be a number, got " + t);
        }
        double d = p.getDoubleValue();
        if (!Double.isFinite(d)) {
            throw malformed(Reason.FIELD_OUT_OF_RANGE, field + " " + p.getText() + " is out of range");
        }
        return d;
    }

    /// Reads a frequency in MHz as exact hertz.
    static long frequency(JsonParser p, String field) throws IOException, MalformedDatagramException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw malformed(Reason.INVALID_FIELD, field + " must be a number, got " + t);
        }
        BigDecimal mhz = p.getDecimalValue();
        try {
            return WireFormats.mhzToHz(mhz);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw malformed(Reason.FIELD_OUT_OF_RANGE, field + ": " + e.getMessage());
        }
    }

    static String text(JsonParser p, String field) throws IOException, MalformedDatagramException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw malformed(Reason.INVALID_FIELD, field + " must be a string, got " + p.currentToken());
        }
        return p.getText();
    }

    static boolean bool(JsonParser p, String field) throws MalformedDatagramException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        } else if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw malformed(Reason.INVALID_FIELD, field + " must be true or false, got " + t);
    }

    static Bytes base64(JsonParser p, String field) throws IOException, MalformedDatagramException {
        String s = text(p, field);
        try {
            return WireFormats.decodeBase64(s);
        } catch (IllegalArgumentException e) {
            throw malformed(Reason.BAD_BASE64, field + ": " + e.getMessage());
        }
    }

    /// Reads `rxpk.time`; an empty string means "no time", as ChirpStack treats it.
    static Instant compactTime(JsonParser p, String field) throws IOException, MalformedDatagramException {
        String s = text(p, field);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return WireFormats.parseCompactTime(s);
        } catch (DateTimeException e) {
            throw malformed(Reason.INVALID_FIELD, field + " is not an ISO 8601 time: '" + s + "'");
        }
    }

    /// Reads `stat.time`; an empty string means "no time".
    static Instant expandedTime(JsonParser p, String field) throws IOException, MalformedDatagramException {
        String s = text(p, field);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return WireFormats.parseExpandedTime(s);
        } catch (DateTimeException e) {
            throw malformed(Reason.INVALID_FIELD, field + " is not a time: '" + s + "'");
        }
    }

    /// Reads `datr`: a string for LoRa, a number for FSK.
    static Datr datr(JsonParser p, String field) throws IOException, MalformedDatagramException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            String s = p.getText();
            try {
                return Datr.LoRa.parse(s);
            } catch (IllegalArgumentException e) {
                throw malformed(Reason.INVALID_FIELD, field + ": " + e.getMessage());
            }
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return new Datr.Fsk(integer32(p, field, 1, 1_000_000));
        }
        throw malformed(Reason.INVALID_FIELD, field + " must be a string or a number, got " + t);
    }

    static CodingRate codr(JsonParser p, String field) throws IOException, MalformedDatagramException {
        String s = text(p, field);
        try {
            return CodingRate.fromWire(s);
        } catch (IllegalArgumentException e) {
            throw malformed(Reason.INVALID_FIELD, field + ": " + e.getMessage());
        }
    }

    /// Checks that `modu` (when present) names the modulation `datr` implies.
    static void checkModulation(String modu, Datr datr, String field) throws MalformedDatagramException {
        if (modu == null) {
            return;
        }
        Datr.Modulation expected = datr.modulation();
        if (!modu.equals("LORA") && !modu.equals("FSK")) {
            throw malformed(Reason.INVALID_FIELD, field + ".modu '" + modu + "' is not supported (LORA or FSK)");
        }
        if (!modu.equals(expected.name())) {
            throw malformed(Reason.INVALID_FIELD, field + ".modu " + modu + " disagrees with datr " + datr);
        }
    }

    static void checkSize(int size, Bytes data, String field) throws MalformedDatagramException {
        if (size >= 0 && size != data.size()) {
            throw malformed(Reason.SIZE_MISMATCH, field + ".size is " + size + " but data has " + data.size() + " bytes");
        }
    }
}
