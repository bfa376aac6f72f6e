// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/// Writes the JSON bodies in the field order of the Semtech forwarder. Optional fields are written only when
/// present; `size` is always written from `data`.
final class JsonBodyWriter {
    private JsonBodyWriter() {}

    static void pushData(JsonGenerator g, List<Rxpk> rxpk, Optional<Stat> stat) throws IOException {
        g.writeStartObject();
        if (!rxpk.isEmpty()) {
            g.writeArrayFieldStart("rxpk");
            for (Rxpk r : rxpk) {
                rxpk(g, r);
            }
            g.writeEndArray();
        }
        if (stat.isPresent()) {
            g.writeFieldName("stat");
            stat(g, stat.get());
        }
        g.writeEndObject();
    }

    private static void rxpk(JsonGenerator g, Rxpk r) throws IOException {
        g.writeStartObject();
        if (r.time().isPresent()) {
            g.writeStringField("time", WireFormats.formatCompactTime(r.time().get()));
        }
        if (r.tmms().isPresent()) {
            g.writeNumberField("tmms", r.tmms().getAsLong());
        }
        g.writeNumberField("tmst", r.tmst());
        g.writeNumberField("chan", r.chan());
        g.writeNumberField("rfch", r.rfch());
        g.writeNumberField("freq", WireFormats.hzToMhz(r.frequency()));
        g.writeNumberField("stat", r.stat().wire());
        datr(g, r.datr());
        if (r.codr().isPresent()) {
            g.writeStringField("codr", r.codr().get().wire());
        }
        g.writeNumberField("rssi", r.rssi());
        if (r.lsnr().isPresent()) {
            g.writeNumberField("lsnr", r.lsnr().getAsDouble());
        }
        g.writeNumberField("size", r.size());
        g.writeStringField("data", WireFormats.encodeBase64(r.data()));
        if (!r.rsig().isEmpty()) {
            g.writeArrayFieldStart("rsig");
            for (Rsig s : r.rsig()) {
                rsig(g, s);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void rsig(JsonGenerator g, Rsig s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("ant", s.ant());
        g.writeNumberField("chan", s.chan());
        g.writeNumberField("rssic", s.rssic());
        if (s.rssis().isPresent()) {
            g.writeNumberField("rssis", s.rssis().getAsInt());
        }
        if (s.rssisd().isPresent()) {
            g.writeNumberField("rssisd", s.rssisd().getAsInt());
        }
        if (s.lsnr().isPresent()) {
            g.writeNumberField("lsnr", s.lsnr().getAsDouble());
        }
        if (s.ftime().isPresent()) {
            g.writeNumberField("ftime", s.ftime().getAsLong());
        }
        if (s.foff().isPresent()) {
            g.writeNumberField("foff", s.foff().getAsInt());
        }
        if (s.ftstat().isPresent()) {
            g.writeNumberField("ftstat", s.ftstat().getAsInt());
        }
        if (s.etime().isPresent()) {
            g.writeStringField("etime", WireFormats.encodeBase64(s.etime().get()));
        }
        g.writeEndObject();
    }

    private static void stat(JsonGenerator g, Stat s) throws IOException {
        g.writeStartObject();
        if (s.time().isPresent()) {
            g.writeStringField("time", WireFormats.formatExpandedTime(s.time().get()));
        }
        if (s.latitude().isPresent()) {
            g.writeNumberField("lati", s.latitude().getAsDouble());
        }
        if (s.longitude().isPresent()) {
            g.writeNumberField("long", s.longitude().getAsDouble());
        }
        if (s.altitude().isPresent()) {
            g.writeNumberField("alti", s.altitude().getAsInt());
        }
        g.writeNumberField("rxnb", s.rxnb());
        g.writeNumberField("rxok", s.rxok());
        g.writeNumberField("rxfw", s.rxfw());
        g.writeNumberField("ackr", s.ackr());
        g.writeNumberField("dwnb", s.dwnb());
        g.writeNumberField("txnb", s.txnb());
        g.writeEndObject();
    }

    static void pullResp(JsonGenerator g, Txpk t) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("txpk");
        g.writeBooleanField("imme", t.imme());
        if (t.tmst().isPresent()) {
            g.writeNumberField("tmst", t.tmst().getAsLong());
        }
        if (t.tmms().isPresent()) {
            g.writeNumberField("tmms", t.tmms().getAsLong());
        }
        g.writeNumberField("freq", WireFormats.hzToMhz(t.frequency()));
        g.writeNumberField("rfch", t.rfch());
        g.writeNumberField("powe", t.powe());
        datr(g, t.datr());
        if (t.codr().isPresent()) {
            g.writeStringField("codr", t.codr().get().wire());
        }
        if (t.fdev().isPresent()) {
            g.writeNumberField("fdev", t.fdev().getAsInt());
        }
        g.writeBooleanField("ipol", t.ipol());
        if (t.prea().isPresent()) {
            g.writeNumberField("prea", t.prea().getAsInt());
        }
        g.writeNumberField("size", t.size());
        g.writeStringField("data", WireFormats.encodeBase64(t.data()));
        if (t.ncrc()) {
            g.writeBooleanField("ncrc", true);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    static void txAck(JsonGenerator g, TxAckError e) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("txpk_ack");
        g.writeStringField(e.warning() ? "warn" : "error", e.text());
        if (e.value().isPresent()) {
            g.writeNumberField("value", e.value().getAsInt());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void datr(JsonGenerator g, Datr datr) throws IOException {
        g.writeStringField("modu", datr.modulation().name());
        switch (datr) {
            case Datr.LoRa lora -> g.writeStringField("datr", lora.toString());
            case Datr.Fsk fsk -> g.writeNumberField("datr", fsk.bitRate());
        }
    }
}
