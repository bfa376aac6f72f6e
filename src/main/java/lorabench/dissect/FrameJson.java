// SPDX-License-Identifier: Apache-2.0
package lorabench.dissect;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.EncryptedJoinAccept;
import lorabench.lorawan.frame.FCtrl;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.Proprietary;
import lorabench.lorawan.frame.RejoinRequest;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandFields;
import lorabench.lorawan.types.Bytes;

/// The JSON tree of a [Dissection], with the keys and key order of DESIGN.md's `frame decode` contract (the
/// CLI prints it; the GUI's "copy as JSON" copies it). Hex is upper case; EUIs, DevAddr, NetID, JoinNonce and
/// DevNonce are big-endian; a value the keys at hand do not reveal is `null`.
///
/// Every document starts with `phyPayload`, `mhdr` {`mType`, `major`}, `mic`, `micValid`, then one section by
/// type: data frames `fhdr`, `fPort`, `frmPayload`, `payload`, `macCommands`; `joinRequest`; `rejoinRequest`;
/// `joinAccept` (null while encrypted); `proprietary` {`payload`}.
public final class FrameJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FrameJson() {}

    /// {@return the JSON tree of `d`}
    public static ObjectNode of(Dissection d) {
        ObjectNode root = NODES.objectNode();
        root.put("phyPayload", d.phyPayload().toHex());
        ObjectNode mhdr = root.putObject("mhdr");
        mhdr.put("mType", d.frame().mHdr().mType().specName());
        mhdr.put("major", d.frame().mHdr().major());
        putHex(root, "mic", d.mic());
        switch (d.micCheck()) {
            case VALID -> root.put("micValid", true);
            case INVALID -> root.put("micValid", false);
            case UNCHECKED -> root.putNull("micValid");
        }
        switch (d.frame()) {
            case DataFrame f -> data(root, f, d);
            case JoinRequest j -> {
                ObjectNode o = root.putObject("joinRequest");
                o.put("joinEui", j.joinEui().toString());
                o.put("devEui", j.devEui().toString());
                o.put("devNonce", j.devNonce().toString());
            }
            case RejoinRequest r -> rejoin(root.putObject("rejoinRequest"), r);
            case EncryptedJoinAccept _ -> joinAccept(root, d.joinAccept());
            case JoinAccept j -> joinAccept(root, Optional.of(j));
            case Proprietary p -> root.putObject("proprietary").put("payload", p.payload().toHex());
        }
        return root;
    }

    /// {@return the JSON array of `commands`}: one object per command, [MacCommandFields] order
    public static ArrayNode macCommands(List<MacCommand> commands) {
        ArrayNode a = NODES.arrayNode();
        for (MacCommand c : commands) {
            ObjectNode o = a.addObject();
            for (Map.Entry<String, Object> e : MacCommandFields.of(c).entrySet()) {
                switch (e.getValue()) {
                    case Boolean b -> o.put(e.getKey(), b);
                    case Integer i -> o.put(e.getKey(), i);
                    case Long l -> o.put(e.getKey(), l);
                    case Object v -> o.put(e.getKey(), v.toString());
                }
            }
        }
        return a;
    }

    private static void data(ObjectNode root, DataFrame f, Dissection d) {
        ObjectNode fhdr = root.putObject("fhdr");
        fhdr.put("devAddr", f.fHdr().devAddr().toString());
        FCtrl c = f.fHdr().fCtrl();
        ObjectNode fCtrl = fhdr.putObject("fCtrl");
        fCtrl.put("adr", c.adr());
        fCtrl.put("adrAckReq", c.adrAckReq());
        fCtrl.put("ack", c.ack());
        fCtrl.put("fPending", c.fPending());
        fCtrl.put("classB", c.classB());
        fCtrl.put("fOptsLen", c.fOptsLen());
        fhdr.put("fCnt", f.fHdr().fCnt());
        fhdr.put("fOpts", f.fHdr().fOpts().toHex());
        if (f.fPort().isPresent()) {
            root.put("fPort", f.fPort().get().value());
            root.put("frmPayload", f.frmPayload().toHex());
        } else {
            root.putNull("fPort");
            root.putNull("frmPayload");
        }
        putHex(root, "payload", d.payload());
        if (d.macCommands().isPresent()) {
            root.set("macCommands", macCommands(d.macCommands().get()));
        } else {
            root.putNull("macCommands");
        }
    }

    private static void rejoin(ObjectNode o, RejoinRequest r) {
        o.put("rejoinType", r.rejoinType());
        switch (r) {
            case RejoinRequest.Type0Or2 t -> {
                o.put("netId", t.netId().toString());
                o.putNull("joinEui");
            }
            case RejoinRequest.Type1 t -> {
                o.putNull("netId");
                o.put("joinEui", t.joinEui().toString());
            }
        }
        o.put("devEui", r.devEui().toString());
        o.put("rjCount", r.rjCount());
    }

    private static void joinAccept(ObjectNode root, Optional<JoinAccept> decrypted) {
        if (decrypted.isEmpty()) {
            root.putNull("joinAccept");
            return;
        }
        JoinAccept j = decrypted.get();
        ObjectNode o = root.putObject("joinAccept");
        o.put("joinNonce", j.joinNonce().toString());
        o.put("netId", j.netId().toString());
        o.put("devAddr", j.devAddr().toString());
        ObjectNode dl = o.putObject("dlSettings");
        dl.put("optNeg", j.dlSettings().optNeg());
        dl.put("rx1DrOffset", j.dlSettings().rx1DrOffset());
        dl.put("rx2DataRate", j.dlSettings().rx2DataRate());
        o.put("rxDelay", j.rxDelay());
        putHex(o, "cfList", j.cfList());
    }

    private static void putHex(ObjectNode o, String name, Optional<Bytes> value) {
        if (value.isPresent()) {
            o.put(name, value.get().toHex());
        } else {
            o.putNull(name);
        }
    }
}
