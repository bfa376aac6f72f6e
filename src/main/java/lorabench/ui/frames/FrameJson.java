// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/// The "Copy as JSON" form of a frame: capture metadata, the PHYPayload hex, and the dissection tree with each
/// node's byte span. This is the GUI's own shape for pasting into tickets and chats, not the CLI's
/// `frame decode` contract.
public final class FrameJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FrameJson() {}

    /// {@return `row` and its `dissection` as indented JSON}
    public static String toJson(FrameRow row, Dissection dissection) {
        ObjectNode root = JSON.createObjectNode();
        CapturedFrame f = row.frame();
        root.put("time", DateTimeFormatter.ISO_INSTANT.format(f.time()));
        root.put("direction", f.direction().name().toLowerCase(Locale.ROOT));
        root.put("origin", f.origin().name().toLowerCase(Locale.ROOT));
        f.gateway().ifPresent(g -> root.put("gateway", g.toString()));
        f.frequency().ifPresent(hz -> root.put("frequencyHz", hz));
        f.dataRate().ifPresent(dr -> root.put("dataRate", dr));
        f.rssi().ifPresent(r -> root.put("rssi", r));
        f.snr().ifPresent(s -> root.put("snr", s));
        f.devEui().ifPresent(d -> root.put("devEui", d.toString()));
        root.put("mType", row.mType());
        root.put("phyPayload", f.phyPayload().toHex());
        root.put("mic", row.mic().name().toLowerCase(Locale.ROOT));
        if (!row.error().isEmpty()) {
            root.put("error", row.error());
        }
        ArrayNode fields = root.putArray("fields");
        dissection.roots().forEach(n -> fields.add(node(n)));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    private static ObjectNode node(DissectionNode n) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", n.name());
        if (!n.value().isEmpty()) {
            o.put("value", n.value());
        }
        n.span().ifPresent(s -> {
            o.put("offset", s.offset());
            o.put("length", s.length());
        });
        if (!n.children().isEmpty()) {
            ArrayNode kids = o.putArray("children");
            n.children().forEach(c -> kids.add(node(c)));
        }
        return o;
    }
}
