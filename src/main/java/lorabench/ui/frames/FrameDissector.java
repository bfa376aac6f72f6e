// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.EncryptedJoinAccept;
import lorabench.lorawan.frame.FieldSpan;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.frame.PhyPayload;
import lorabench.lorawan.frame.Proprietary;
import lorabench.lorawan.frame.RejoinRequest;
import lorabench.lorawan.types.Bytes;
import lorabench.ui.frames.DissectionNode.Tone;

/// Builds the Wireshark-like tree of a captured frame (LoRaWAN L2 1.0.4 §4 and §6.2; L2 1.1 §4 and §6.2): radio
/// facts, then each field with its byte span from `FrameCodec.layout`, decrypted FOpts/FRMPayload and MAC
/// commands when keys are known, and the MIC received against computed. Malformed bytes give a tree that names
/// the bad field and spans it to the end.
public final class FrameDissector {
    private FrameDissector() {}

    /// {@return the dissection of `frame`}
    public static Dissection dissect(CapturedFrame frame) {
        Bytes bytes = frame.phyPayload();
        List<DissectionNode> roots = new ArrayList<>();
        roots.add(FrameNodes.radio(frame));
        PhyPayload decoded;
        try {
            decoded = FrameCodec.decode(bytes);
        } catch (MalformedFrameException e) {
            if (!bytes.isEmpty()) {
                roots.add(FrameNodes.mHdr(bytes.get(0), new FieldSpan("mhdr", 0, 1)));
            }
            int from = Math.min(Math.max(e.offset(), 0), Math.max(bytes.size() - 1, 0));
            Optional<FieldSpan> span = bytes.isEmpty() ? Optional.empty()
                    : Optional.of(new FieldSpan(e.field(), from, bytes.size() - from));
            roots.add(new DissectionNode("Malformed", e.field() + " at byte " + e.offset() + ": " + e.reason(), span,
                    Tone.PROBLEM, List.of()));
            return new Dissection(bytes, roots);
        }
        Map<String, FieldSpan> spans = spans(decoded);
        roots.add(FrameNodes.mHdr(bytes.get(0), spans.get("mhdr")));
        FrameMic.Check mic = FrameMic.check(decoded, frame.keys());
        switch (decoded) {
            case DataFrame f -> roots.addAll(DataFrameNodes.of(f, spans, frame.keys()));
            case JoinRequest j -> roots.add(node("Join-request", "", whole(bytes), List.of(
                    DissectionNode.field("JoinEUI", j.joinEui().toString(), spans.get("joinRequest.joinEui")),
                    DissectionNode.field("DevEUI", j.devEui().toString(), spans.get("joinRequest.devEui")),
                    DissectionNode.field("DevNonce", j.devNonce() + " (" + j.devNonce().value() + ")",
                            spans.get("joinRequest.devNonce")))));
            case EncryptedJoinAccept e -> roots.add(joinAccept(e, frame, spans));
            case JoinAccept j -> roots.add(node("Join-accept", "", whole(bytes), FrameNodes.joinAcceptFields(j, spans(j))));
            case RejoinRequest r -> roots.add(rejoin(r, spans, bytes));
            case Proprietary p -> roots.add(p.payload().isEmpty() ? DissectionNode.fact("Proprietary payload", "empty")
                    : DissectionNode.field("Proprietary payload", p.payload().toHex() + " (opaque)",
                            spans.get("proprietary.payload")));
        }
        if (!(decoded instanceof Proprietary)) {
            // An encrypted join-accept's MIC is its last 4 (encrypted) bytes.
            roots.add(FrameNodes.mic(mic, spans.getOrDefault("mic", new FieldSpan("mic", bytes.size() - 4, 4))));
        }
        return new Dissection(bytes, roots);
    }

    private static DissectionNode joinAccept(EncryptedJoinAccept e, CapturedFrame frame, Map<String, FieldSpan> spans) {
        FieldSpan all = spans.get("joinAccept.encrypted");
        Optional<JoinAccept> plain = FrameMic.decrypt(e, frame.keys());
        if (plain.isEmpty()) {
            return new DissectionNode("Join-accept (encrypted)", e.encrypted().size() + " bytes; needs the AppKey (1.0) "
                    + "or NwkKey (1.1) to decrypt", Optional.of(all), Tone.MUTED, List.of());
        }
        List<DissectionNode> kids = new ArrayList<>();
        kids.add(DissectionNode.fact("Decrypted", FrameCodec.encodeJoinAcceptPlaintext(plain.get()).toHex()));
        kids.addAll(FrameNodes.joinAcceptFields(plain.get(), spans(plain.get())));
        return new DissectionNode("Join-accept (decrypted)", "", Optional.of(all), Tone.NORMAL, kids);
    }

    private static DissectionNode rejoin(RejoinRequest r, Map<String, FieldSpan> spans, Bytes bytes) {
        List<DissectionNode> kids = new ArrayList<>();
        kids.add(DissectionNode.field("RejoinType", r.rejoinType() + switch (r.rejoinType()) {
            case 0 -> " (reset context, new network)";
            case 1 -> " (lost context, join server)";
            default -> " (rekey)";
        }, spans.get("rejoinRequest.rejoinType")));
        switch (r) {
            case RejoinRequest.Type0Or2 t -> kids.add(DissectionNode.field("NetID", t.netId().toString(),
                    spans.get("rejoinRequest.netId")));
            case RejoinRequest.Type1 t -> kids.add(DissectionNode.field("JoinEUI", t.joinEui().toString(),
                    spans.get("rejoinRequest.joinEui")));
        }
        kids.add(DissectionNode.field("DevEUI", r.devEui().toString(), spans.get("rejoinRequest.devEui")));
        kids.add(DissectionNode.field(r.rejoinType() == 1 ? "RJcount1" : "RJcount0", String.valueOf(r.rjCount()),
                spans.get("rejoinRequest.rjCount")));
        return node("Rejoin-request", "type " + r.rejoinType(), whole(bytes), kids);
    }

    /// {@return the layout of `frame` by path}
    static Map<String, FieldSpan> spans(PhyPayload frame) {
        Map<String, FieldSpan> m = new HashMap<>();
        FrameCodec.layout(frame).forEach(s -> m.put(s.path(), s));
        return m;
    }

    private static FieldSpan whole(Bytes bytes) {
        return new FieldSpan("payload", 1, Math.max(1, bytes.size() - 5));
    }

    static DissectionNode node(String name, String value, FieldSpan span, List<DissectionNode> kids) {
        return new DissectionNode(name, value, Optional.ofNullable(span), Tone.NORMAL, kids);
    }

    static String hex2(int b) {
        return String.format(Locale.ROOT, "0x%02X", b);
    }
}
