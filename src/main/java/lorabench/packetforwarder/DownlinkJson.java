// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import static lorabench.packetforwarder.JsonFields.malformed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import lorabench.lorawan.types.Bytes;
import lorabench.packetforwarder.MalformedDatagramException.Reason;

/// Reads the downstream JSON objects: `txpk` of PULL_RESP and `txpk_ack` of TX_ACK (`PROTOCOL.TXT` §6).
final class DownlinkJson {
    private DownlinkJson() {}

    static Txpk txpk(JsonParser p) throws IOException, MalformedDatagramException {
        JsonFields.expect(p, JsonToken.START_OBJECT, "txpk");
        boolean imme = false;
        OptionalLong tmst = OptionalLong.empty();
        OptionalLong tmms = OptionalLong.empty();
        long freq = -1;
        int rfch = 0;
        Integer powe = null;
        String modu = null;
        Datr datr = null;
        CodingRate codr = null;
        OptionalInt fdev = OptionalInt.empty();
        boolean ipol = false;
        OptionalInt prea = OptionalInt.empty();
        int size = -1;
        Bytes data = null;
        boolean ncrc = false;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "imme" -> imme = JsonFields.bool(p, "txpk.imme");
                case "tmst" -> tmst = OptionalLong.of(JsonFields.integer(p, "txpk.tmst", 0, Checks.UINT32_MAX));
                case "tmms" -> tmms = OptionalLong.of(JsonFields.integer(p, "txpk.tmms", 0, Long.MAX_VALUE));
                case "freq" -> freq = JsonFields.frequency(p, "txpk.freq");
                case "rfch" -> rfch = JsonFields.integer32(p, "txpk.rfch", 0, 255);
                case "powe" -> powe = JsonFields.integer32(p, "txpk.powe", -128, 127);
                case "modu" -> modu = JsonFields.text(p, "txpk.modu");
                case "datr" -> datr = JsonFields.datr(p, "txpk.datr");
                case "codr" -> codr = JsonFields.codr(p, "txpk.codr");
                case "fdev" -> fdev = OptionalInt.of(JsonFields.integer32(p, "txpk.fdev", 0, 65535));
                case "ipol" -> ipol = JsonFields.bool(p, "txpk.ipol");
                case "prea" -> prea = OptionalInt.of(JsonFields.integer32(p, "txpk.prea", 0, 65535));
                case "size" -> size = JsonFields.integer32(p, "txpk.size", 0, 255);
                case "data" -> data = JsonFields.base64(p, "txpk.data");
                case "ncrc" -> ncrc = JsonFields.bool(p, "txpk.ncrc");
                default -> p.skipChildren();
            }
        }
        if (freq < 0) {
            throw malformed(Reason.MISSING_FIELD, "txpk.freq is missing");
        }
        if (powe == null) {
            throw malformed(Reason.MISSING_FIELD, "txpk.powe is missing");
        }
        if (datr == null) {
            throw malformed(Reason.MISSING_FIELD, "txpk.datr is missing");
        }
        if (data == null) {
            throw malformed(Reason.MISSING_FIELD, "txpk.data is missing");
        }
        JsonFields.checkModulation(modu, datr, "txpk");
        JsonFields.checkSize(size, data, "txpk");
        return new Txpk(imme, tmst, tmms, freq, rfch, powe, datr, Optional.ofNullable(codr), fdev, ipol, prea, data,
                ncrc);
    }

    /// Reads the `txpk_ack` object; empty when it carries neither `error` nor `warn`.
    static Optional<TxAckError> txpkAck(JsonParser p) throws IOException, MalformedDatagramException {
        JsonFields.expect(p, JsonToken.START_OBJECT, "txpk_ack");
        String error = null;
        String warn = null;
        OptionalInt value = OptionalInt.empty();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "error" -> error = JsonFields.text(p, "txpk_ack.error");
                case "warn" -> warn = JsonFields.text(p, "txpk_ack.warn");
                case "value" -> value = OptionalInt.of(JsonFields.integer32(p, "txpk_ack.value", -1_000_000, 1_000_000));
                default -> p.skipChildren();
            }
        }
        if (error != null) {
            TxAckError parsed = TxAckError.parse(error);
            return Optional.of(new TxAckError(parsed.code(), error, false, value));
        }
        if (warn != null) {
            return Optional.of(TxAckError.warning(warn, value));
        }
        return Optional.empty();
    }
}
