// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lorabench.lorawan.crypto.FCntKind;
import lorabench.lorawan.crypto.FOptsCipher;
import lorabench.lorawan.crypto.PayloadCipher;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.FCtrl;
import lorabench.lorawan.frame.FieldSpan;
import lorabench.lorawan.frame.FPort;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.mac.MacCommandFields;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import lorabench.ui.frames.DissectionNode.Tone;

/// The FHDR, FPort and FRMPayload nodes of a data frame (LoRaWAN L2 1.0.4 §4.3; L2 1.1 §4.3.1.6 FOpts encryption,
/// §4.3.3 FRMPayload encryption), with MAC commands decoded from FOpts or from an FPort 0 payload.
final class DataFrameNodes {
    private DataFrameNodes() {}

    static List<DissectionNode> of(DataFrame f, Map<String, FieldSpan> spans, Optional<DissectionKeys> keys) {
        Direction dir = f.direction();
        FieldSpan devAddr = spans.get("fhdr.devAddr");
        FieldSpan fOptsSpan = spans.get("fhdr.fOpts");
        FieldSpan fCnt = spans.get("fhdr.fCnt");
        int fhdrEnd = fOptsSpan != null ? fOptsSpan.end() : fCnt.end();
        List<DissectionNode> fhdr = new ArrayList<>();
        fhdr.add(DissectionNode.field("DevAddr", f.fHdr().devAddr() + " (NwkID " + hex(f.fHdr().devAddr().nwkIdType0())
                + " for a type-0 NetID)", devAddr));
        fhdr.add(fCtrl(f.fHdr().fCtrl(), dir, spans.get("fhdr.fCtrl")));
        String fc = String.valueOf(f.fHdr().fCnt());
        if (keys.isPresent() && keys.get().fCnt32().isPresent()) {
            fc += " (32-bit " + keys.get().fCnt32().getAsLong() + ")";
        }
        fhdr.add(DissectionNode.field("FCnt", fc, fCnt));
        if (fOptsSpan != null) {
            fhdr.add(fOpts(f, fOptsSpan, keys));
        }
        List<DissectionNode> out = new ArrayList<>();
        out.add(FrameDissector.node("FHDR", f.fHdr().devAddr().toString(),
                new FieldSpan("fhdr", devAddr.offset(), fhdrEnd - devAddr.offset()), fhdr));
        f.fPort().ifPresent(p -> out.add(DissectionNode.field("FPort", p.value() + " (" + portMeaning(p) + ")",
                spans.get("fPort"))));
        FieldSpan payload = spans.get("frmPayload");
        if (payload != null) {
            out.add(frmPayload(f, payload, keys));
        }
        return out;
    }

    private static DissectionNode fCtrl(FCtrl c, Direction dir, FieldSpan span) {
        List<DissectionNode> kids = new ArrayList<>();
        kids.add(FrameNodes.flag("ADR", c.adr(), "bit 7", span));
        kids.add(FrameNodes.flag(dir == Direction.UPLINK ? "ADRACKReq" : "RFU", c.adrAckReq(), "bit 6", span));
        kids.add(FrameNodes.flag("ACK", c.ack(), "bit 5", span));
        kids.add(dir == Direction.UPLINK ? FrameNodes.flag("ClassB", c.classB(), "bit 4", span)
                : FrameNodes.flag("FPending", c.fPending(), "bit 4", span));
        kids.add(FrameNodes.bits("FOptsLen", c.fOptsLen(), 4, "bits 3..0", String.valueOf(c.fOptsLen()), span));
        return new DissectionNode("FCtrl", FrameDissector.hex2(c.toByte(dir)), Optional.of(span), Tone.NORMAL, kids);
    }

    private static DissectionNode fOpts(DataFrame f, FieldSpan span, Optional<DissectionKeys> keys) {
        Bytes onAir = f.fHdr().fOpts();
        List<DissectionNode> kids = new ArrayList<>();
        Optional<Bytes> plain;
        boolean v11 = keys.map(DissectionKeys::lorawan11).orElse(false);
        if (!v11 && keys.isPresent()) {
            plain = Optional.of(onAir);
        } else {
            Optional<AesKey> encKey = keys.flatMap(DissectionKeys::nwkSEncKey);
            plain = encKey.map(k -> FOptsCipher.apply(k, FCntKind.forFrame(f.direction(),
                    f.fPort().map(FPort::value).orElse(FCntKind.NO_FPORT)), f.fHdr().devAddr(),
                    FrameMic.fCnt32(f, keys.get()), onAir));
            plain.ifPresent(p -> kids.add(DissectionNode.fact("Decrypted (NwkSEncKey)", p.toHex())));
        }
        if (keys.isEmpty()) {
            // Without keys the version is unknown: 1.0 FOpts are clear, so show them decoded, marked as a guess.
            kids.add(DissectionNode.fact("Note", "clear text in 1.0; encrypted in 1.1 (no keys given)"));
            plain = Optional.of(onAir);
        }
        plain.ifPresent(p -> kids.addAll(macCommands(f.direction(), p, span.offset())));
        if (plain.isEmpty()) {
            kids.add(DissectionNode.fact("Encrypted", "needs NwkSEncKey (LoRaWAN 1.1)").withTone(Tone.MUTED));
        }
        return new DissectionNode("FOpts", onAir.toHex(), Optional.of(span), Tone.NORMAL, kids);
    }

    private static DissectionNode frmPayload(DataFrame f, FieldSpan span, Optional<DissectionKeys> keys) {
        boolean mac = f.fPort().map(FPort::isMac).orElse(false);
        Optional<AesKey> key = keys.flatMap(mac ? DissectionKeys::nwkSEncKey : DissectionKeys::appSKey);
        List<DissectionNode> kids = new ArrayList<>();
        kids.add(DissectionNode.field("On air (encrypted)", f.frmPayload().toHex(), span));
        if (key.isPresent()) {
            Bytes plain = PayloadCipher.decrypt(key.get(), f.direction(), f.fHdr().devAddr(),
                    FrameMic.fCnt32(f, keys.get()), f.frmPayload());
            String keyName = mac ? (keys.get().lorawan11() ? "NwkSEncKey" : "NwkSKey") : "AppSKey";
            kids.add(new DissectionNode("Decrypted (" + keyName + ")", plain.toHex() + printable(plain),
                    Optional.of(span), Tone.GOOD, mac ? macCommands(f.direction(), plain, span.offset()) : List.of()));
        } else {
            kids.add(DissectionNode.fact("Decrypted", "needs " + (mac ? "NwkSKey / NwkSEncKey" : "AppSKey"))
                    .withTone(Tone.MUTED));
        }
        return new DissectionNode("FRMPayload", f.frmPayload().size() + " bytes", Optional.of(span), Tone.NORMAL, kids);
    }

    /// {@return one node per MAC command in `plain`}, spanning its bytes at `base` in the PHYPayload
    static List<DissectionNode> macCommands(Direction dir, Bytes plain, int base) {
        List<MacCommand> commands;
        try {
            commands = MacCommandCodec.decode(dir, plain, "macCommands", base);
        } catch (MalformedFrameException e) {
            return List.of(new DissectionNode("Malformed MAC commands", e.getMessage(),
                    Optional.of(new FieldSpan(e.field(), e.offset(), Math.max(1, base + plain.size() - e.offset()))),
                    Tone.PROBLEM, List.of()));
        }
        List<DissectionNode> out = new ArrayList<>();
        int at = base;
        for (MacCommand c : commands) {
            int size = MacCommandCodec.size(c);
            FieldSpan s = new FieldSpan("macCommand." + c.specName(), at, size);
            List<DissectionNode> fields = new ArrayList<>();
            MacCommandFields.of(c).forEach((k, v) -> {
                if (!k.equals("cid")) {
                    fields.add(DissectionNode.field(k, String.valueOf(v), s));
                }
            });
            out.add(new DissectionNode(c.specName(), "CID " + FrameDissector.hex2(plain.get(at - base)), Optional.of(s),
                    c instanceof MacCommand.Unknown ? Tone.PROBLEM : Tone.NORMAL, fields));
            at += size;
        }
        return out;
    }

    private static String portMeaning(FPort p) {
        if (p.isMac()) {
            return "MAC commands only";
        }
        if (p.isApplication()) {
            return "application";
        }
        return p.value() == 224 ? "LoRaWAN test protocol" : "reserved";
    }

    private static String printable(Bytes b) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < b.size(); i++) {
            int c = b.get(i);
            if (c < 0x20 || c > 0x7E) {
                return "";
            }
            s.append((char) c);
        }
        return s.isEmpty() ? "" : "  \"" + s + "\"";
    }

    private static String hex(int v) {
        return String.format("0x%02X", v);
    }
}
