// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import static lorabench.packetforwarder.JsonFields.malformed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import lorabench.lorawan.types.Bytes;
import lorabench.packetforwarder.MalformedDatagramException.Reason;

/// Reads the upstream JSON objects of PUSH_DATA: `rxpk` (with `rsig`) and `stat` (`PROTOCOL.TXT` §4).
/// Each method starts on the object's `START_OBJECT` and ends on its `END_OBJECT`; unknown fields are skipped.
final class UplinkJson {
    private UplinkJson() {}

    static List<Rxpk> rxpkArray(JsonParser p) throws IOException, MalformedDatagramException {
        JsonFields.expect(p, JsonToken.START_ARRAY, "rxpk");
        List<Rxpk> list = new ArrayList<>(4);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            list.add(rxpk(p, "rxpk[" + list.size() + "]"));
        }
        return list;
    }

    static Rxpk rxpk(JsonParser p, String where) throws IOException, MalformedDatagramException {
        JsonFields.expect(p, JsonToken.START_OBJECT, where);
        Instant time = null;
        OptionalLong tmms = OptionalLong.empty();
        long tmst = -1;
        long freq = -1;
        int chan = 0;
        int rfch = 0;
        CrcStatus stat = CrcStatus.NO_CRC;
        String modu = null;
        Datr datr = null;
        CodingRate codr = null;
        Integer rssi = null;
        OptionalDouble lsnr = OptionalDouble.empty();
        int size = -1;
        Bytes data = null;
        List<Rsig> rsig = List.of();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "time" -> time = JsonFields.compactTime(p, where + ".time");
                case "tmms" -> tmms = OptionalLong.of(JsonFields.integer(p, where + ".tmms", 0, Long.MAX_VALUE));
                case "tmst" -> tmst = JsonFields.integer(p, where + ".tmst", 0, Checks.UINT32_MAX);
                case "freq" -> freq = JsonFields.frequency(p, where + ".freq");
                case "chan" -> chan = JsonFields.integer32(p, where + ".chan", 0, 255);
                case "rfch" -> rfch = JsonFields.integer32(p, where + ".rfch", 0, 255);
                case "stat" -> stat = crcStatus(p, where + ".stat");
                case "modu" -> modu = JsonFields.text(p, where + ".modu");
                case "datr" -> datr = JsonFields.datr(p, where + ".datr");
                case "codr" -> codr = JsonFields.codr(p, where + ".codr");
                case "rssi" -> rssi = JsonFields.integer32(p, where + ".rssi", -255, 255);
                case "lsnr" -> lsnr = OptionalDouble.of(JsonFields.number(p, where + ".lsnr"));
                case "size" -> size = JsonFields.integer32(p, where + ".size", 0, 255);
                case "data" -> data = JsonFields.base64(p, where + ".data");
                case "rsig" -> rsig = rsigArray(p, where + ".rsig");
                default -> p.skipChildren();
            }
        }
        if (tmst < 0) {
            throw malformed(Reason.MISSING_FIELD, where + ".tmst is missing");
        }
        if (freq < 0) {
            throw malformed(Reason.MISSING_FIELD, where + ".freq is missing");
        }
        if (datr == null) {
            throw malformed(Reason.MISSING_FIELD, where + ".datr is missing");
        }
        if (data == null) {
            throw malformed(Reason.MISSING_FIELD, where + ".data is missing");
        }
        JsonFields.checkModulation(modu, datr, where);
        JsonFields.checkSize(size, data, where);
        if (rssi == null) {
            // NOTE: the multi-antenna format puts RSSI and SNR only in rsig; take the strongest antenna's.
            Rsig strongest = strongest(rsig);
            if (strongest == null) {
                throw malformed(Reason.MISSING_FIELD, where + ".rssi is missing");
            }
            rssi = strongest.rssic();
            if (lsnr.isEmpty()) {
                lsnr = strongest.lsnr();
            }
        }
        return new Rxpk(Optional.ofNullable(time), tmms, tmst, freq, chan, rfch, stat, datr,
                Optional.ofNullable(codr), rssi, lsnr, data, rsig);
    }

    private static Rsig strongest(List<Rsig> rsig) {
        Rsig best = null;
        for (Rsig r : rsig) {
            if (best == null || r.rssic() > best.rssic()) {
                best = r;
            }
        }
        return best;
    }

    private static CrcStatus crcStatus(JsonParser p, String field) throws IOException, MalformedDatagramException {
        return CrcStatus.fromWire(JsonFields.integer(p, field, -1, 1));
    }

    private static List<Rsig> rsigArray(JsonParser p, String where) throws IOException, MalformedDatagramException {
        JsonFields.expect(p, JsonToken.START_ARRAY, where);
        List<Rsig> list = new ArrayList<>(2);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            list.add(rsig(p, where + "[" + list.size() + "]"));
        }
        return list;
    }

    private static Rsig rsig(JsonParser p, String where) throws IOException, MalformedDatagramException {
        JsonFields.expect(p, JsonToken.START_OBJECT, where);
        int ant = 0;
        int chan = 0;
        Integer rssic = null;
        OptionalInt rssis = OptionalInt.empty();
        OptionalInt rssisd = OptionalInt.empty();
        OptionalDouble lsnr = OptionalDouble.empty();
        OptionalLong ftime = OptionalLong.empty();
        OptionalInt foff = OptionalInt.empty();
        OptionalInt ftstat = OptionalInt.empty();
        Optional<Bytes> etime = Optional.empty();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "ant" -> ant = JsonFields.integer32(p, where + ".ant", 0, 255);
                case "chan" -> chan = JsonFields.integer32(p, where + ".chan", 0, 255);
                case "rssic" -> rssic = JsonFields.integer32(p, where + ".rssic", -255, 255);
                case "rssis" -> rssis = OptionalInt.of(JsonFields.integer32(p, where + ".rssis", -255, 255));
                case "rssisd" -> rssisd = OptionalInt.of(JsonFields.integer32(p, where + ".rssisd", 0, 65535));
                case "lsnr" -> lsnr = OptionalDouble.of(JsonFields.number(p, where + ".lsnr"));
                case "ftime" -> ftime = OptionalLong.of(JsonFields.integer(p, where + ".ftime", 0, 999_999_999));
                case "foff" -> foff = OptionalInt.of(JsonFields.integer32(p, where + ".foff", -1_000_000, 1_000_000));
                case "ftstat" -> ftstat = OptionalInt.of(JsonFields.integer32(p, where + ".ftstat", 0, 255));
                case "etime" -> etime = Optional.of(JsonFields.base64(p, where + ".etime"));
                default -> p.skipChildren();
            }
        }
        if (rssic == null) {
            throw malformed(Reason.MISSING_FIELD, where + ".rssic is missing");
        }
        return new Rsig(ant, chan, rssic, rssis, rssisd, lsnr, ftime, foff, ftstat, etime);
    }

    static Stat stat(JsonParser p) throws IOException, MalformedDatagramException {
        JsonFields.expect(p, JsonToken.START_OBJECT, "stat");
        Instant time = null;
        OptionalDouble lati = OptionalDouble.empty();
        OptionalDouble longi = OptionalDouble.empty();
        OptionalInt alti = OptionalInt.empty();
        long rxnb = 0;
        long rxok = 0;
        long rxfw = 0;
        double ackr = 0;
        long dwnb = 0;
        long txnb = 0;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "time" -> time = JsonFields.expandedTime(p, "stat.time");
                case "lati" -> lati = OptionalDouble.of(JsonFields.number(p, "stat.lati"));
                case "long" -> longi = OptionalDouble.of(JsonFields.number(p, "stat.long"));
                case "alti" -> alti = OptionalInt.of(JsonFields.integer32(p, "stat.alti", -100_000, 1_000_000));
                case "rxnb" -> rxnb = JsonFields.integer(p, "stat.rxnb", 0, Checks.UINT32_MAX);
                case "rxok" -> rxok = JsonFields.integer(p, "stat.rxok", 0, Checks.UINT32_MAX);
                case "rxfw" -> rxfw = JsonFields.integer(p, "stat.rxfw", 0, Checks.UINT32_MAX);
                case "ackr" -> ackr = JsonFields.number(p, "stat.ackr");
                case "dwnb" -> dwnb = JsonFields.integer(p, "stat.dwnb", 0, Checks.UINT32_MAX);
                case "txnb" -> txnb = JsonFields.integer(p, "stat.txnb", 0, Checks.UINT32_MAX);
                default -> p.skipChildren();
            }
        }
        return new Stat(Optional.ofNullable(time), lati, longi, alti, rxnb, rxok, rxfw, ackr, dwnb, txnb);
    }
}
