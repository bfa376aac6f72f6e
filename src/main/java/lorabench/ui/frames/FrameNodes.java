// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lorabench.lorawan.frame.FieldSpan;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.MType;
import lorabench.ui.frames.DissectionNode.Tone;

/// Dissection nodes shared by every frame type: radio facts, MHDR bits, join-accept fields and the MIC.
final class FrameNodes {
    private FrameNodes() {}

    static DissectionNode radio(CapturedFrame f) {
        List<DissectionNode> kids = new ArrayList<>();
        kids.add(DissectionNode.fact("Time", DateTimeFormatter.ISO_INSTANT.format(f.time())));
        kids.add(DissectionNode.fact("Direction", f.direction() == lorabench.lorawan.types.Direction.UPLINK
                ? "uplink" : "downlink"));
        kids.add(DissectionNode.fact("Origin", f.origin() == FrameOrigin.MANUAL ? "manual entry" : "live"));
        f.gateway().ifPresent(g -> kids.add(DissectionNode.fact("Gateway", g.toString())));
        f.frequency().ifPresent(hz -> kids.add(DissectionNode.fact("Frequency",
                String.format(Locale.ROOT, "%.3f MHz", hz / 1e6))));
        f.dataRate().ifPresent(dr -> kids.add(DissectionNode.fact("Data rate", dr)));
        f.rssi().ifPresent(r -> kids.add(DissectionNode.fact("RSSI", String.format(Locale.ROOT, "%.0f dBm", r))));
        f.snr().ifPresent(s -> kids.add(DissectionNode.fact("SNR", String.format(Locale.ROOT, "%.1f dB", s))));
        f.devEui().ifPresent(d -> kids.add(DissectionNode.fact("Device (server)", d.toString())));
        String summary = f.phyPayload().size() + " bytes" + f.gateway().map(g -> " via " + g).orElse("");
        return new DissectionNode("Frame", summary, Optional.empty(), Tone.MUTED, kids);
    }

    static DissectionNode mHdr(int b, FieldSpan span) {
        MType t = MType.fromBits(b >>> 5);
        int rfu = (b >>> 2) & 7;
        int major = b & 3;
        return new DissectionNode("MHDR", FrameDissector.hex2(b) + " " + t.specName(), Optional.of(span), Tone.NORMAL,
                List.of(bits("MType", b >>> 5, 3, "bits 7..5", t.specName(), span),
                        bits("RFU", rfu, 3, "bits 4..2", rfu == 0 ? "0" : "must be 0", span)
                                .withTone(rfu == 0 ? Tone.MUTED : Tone.PROBLEM),
                        bits("Major", major, 2, "bits 1..0", major == 0 ? "LoRaWAN R1" : "unknown", span)));
    }

    /// {@return a bit-field node}: `name: 010 (bits 7..5) meaning`
    static DissectionNode bits(String name, int value, int width, String where, String meaning, FieldSpan span) {
        String binary = String.format("%" + width + "s", Integer.toBinaryString(value)).replace(' ', '0');
        return DissectionNode.field(name, binary + "  " + meaning + "  (" + where + ")", span);
    }

    static DissectionNode flag(String name, boolean set, String where, FieldSpan span) {
        return bits(name, set ? 1 : 0, 1, where, set ? "set" : "not set", span).withTone(set ? Tone.NORMAL : Tone.MUTED);
    }

    static List<DissectionNode> joinAcceptFields(JoinAccept j, Map<String, FieldSpan> spans) {
        List<DissectionNode> kids = new ArrayList<>();
        kids.add(DissectionNode.field("JoinNonce", j.joinNonce().toString(), spans.get("joinAccept.joinNonce")));
        kids.add(DissectionNode.field("NetID", j.netId() + " (type " + j.netId().type() + ")",
                spans.get("joinAccept.netId")));
        kids.add(DissectionNode.field("DevAddr", j.devAddr().toString(), spans.get("joinAccept.devAddr")));
        FieldSpan dl = spans.get("joinAccept.dlSettings");
        kids.add(new DissectionNode("DLSettings", FrameDissector.hex2(j.dlSettings().toByte()), Optional.of(dl),
                Tone.NORMAL, List.of(flag("OptNeg", j.dlSettings().optNeg(), "bit 7", dl),
                        bits("RX1DROffset", j.dlSettings().rx1DrOffset(), 3, "bits 6..4",
                                String.valueOf(j.dlSettings().rx1DrOffset()), dl),
                        bits("RX2DataRate", j.dlSettings().rx2DataRate(), 4, "bits 3..0",
                                "DR" + j.dlSettings().rx2DataRate(), dl))));
        kids.add(DissectionNode.field("RxDelay", j.rx1DelaySeconds() + " s (" + FrameDissector.hex2(j.rxDelay()) + ")",
                spans.get("joinAccept.rxDelay")));
        j.cfList().ifPresent(c -> kids.add(DissectionNode.field("CFList", c.toHex() + " (type " + c.get(15) + ")",
                spans.get("joinAccept.cfList"))));
        return kids;
    }

    static DissectionNode mic(FrameMic.Check check, FieldSpan span) {
        List<DissectionNode> kids = new ArrayList<>();
        check.received().ifPresent(r -> kids.add(DissectionNode.fact("Received", r.toHex())));
        check.computed().ifPresent(c -> kids.add(DissectionNode.fact("Computed", c.toHex())));
        kids.add(DissectionNode.fact(check.status() == MicStatus.UNKNOWN ? "Not verified" : "How", check.how()));
        String value = switch (check.status()) {
            case VALID -> check.received().map(r -> r.toHex() + "  \u2713 valid").orElse("valid");
            case INVALID -> check.received().map(r -> r.toHex() + "  \u2717 invalid").orElse("invalid");
            case UNKNOWN -> check.received().map(r -> r.toHex() + "  (not verified)").orElse("encrypted");
        };
        Tone tone = switch (check.status()) {
            case VALID -> Tone.GOOD;
            case INVALID -> Tone.PROBLEM;
            case UNKNOWN -> Tone.NORMAL;
        };
        return new DissectionNode("MIC", value, Optional.ofNullable(span), tone, kids);
    }
}
