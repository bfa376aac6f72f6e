// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.NetId;

/// Builds the expected frame record of a vector from its `key=value` fields, independently of the decoder.
final class FrameVectorBuilder {
    private final Map<String, String> f;

    private FrameVectorBuilder(Map<String, String> fields) {
        this.f = new HashMap<>(fields);
    }

    static PhyPayload phy(Map<String, String> fields) {
        FrameVectorBuilder b = new FrameVectorBuilder(fields);
        PhyPayload p = b.build();
        b.done();
        return p;
    }

    private void done() {
        if (!f.isEmpty()) {
            throw new IllegalArgumentException("unused vector fields " + f.keySet());
        }
    }

    static JoinAccept joinAccept(Map<String, String> fields) {
        FrameVectorBuilder b = new FrameVectorBuilder(fields);
        JoinAccept j = new JoinAccept(MHdr.of(MType.JOIN_ACCEPT), JoinNonce.parse(b.take("joinNonce")),
                NetId.parse(b.take("netId")), DevAddr.parse(b.take("devAddr")),
                new DlSettings(b.flag("optNeg"), b.num("rx1DrOffset"), b.num("rx2DataRate")), b.num("rxDelay"),
                Optional.ofNullable(b.f.remove("cfList")).map(Bytes::fromHex), b.bytes("mic"));
        b.done();
        return j;
    }

    private PhyPayload build() {
        MType type = mType(take("mType"));
        MHdr mHdr = new MHdr(type, f.containsKey("major") ? num("major") : 0);
        return switch (type) {
            case JOIN_REQUEST -> new JoinRequest(mHdr, Eui64.parse(take("joinEui")), Eui64.parse(take("devEui")),
                    DevNonce.parse(take("devNonce")), bytes("mic"));
            case JOIN_ACCEPT -> new EncryptedJoinAccept(mHdr, bytes("encrypted"));
            case UNCONFIRMED_DATA_UP, UNCONFIRMED_DATA_DOWN, CONFIRMED_DATA_UP, CONFIRMED_DATA_DOWN -> {
                Bytes fOpts = f.containsKey("fOpts") ? bytes("fOpts") : Bytes.EMPTY;
                FCtrl fCtrl = new FCtrl(flag("adr"), flag("adrAckReq"), flag("ack"), flag("fPending"), flag("classB"),
                        fOpts.size());
                FHdr fHdr = new FHdr(DevAddr.parse(take("devAddr")), fCtrl, num("fCnt"), fOpts);
                Optional<FPort> port = f.containsKey("fPort") ? Optional.of(new FPort(num("fPort"))) : Optional.empty();
                Bytes payload = f.containsKey("frmPayload") ? bytes("frmPayload") : Bytes.EMPTY;
                yield new DataFrame(mHdr, fHdr, port, payload, bytes("mic"));
            }
            case REJOIN_REQUEST -> {
                int t = num("rejoinType");
                yield t == 1
                        ? new RejoinRequest.Type1(mHdr, Eui64.parse(take("joinEui")), Eui64.parse(take("devEui")),
                                num("rjCount"), bytes("mic"))
                        : new RejoinRequest.Type0Or2(mHdr, t, NetId.parse(take("netId")), Eui64.parse(take("devEui")),
                                num("rjCount"), bytes("mic"));
            }
            case PROPRIETARY -> new Proprietary(mHdr, bytes("payload"));
        };
    }

    static MType mType(String specName) {
        for (MType t : MType.values()) {
            if (t.specName().equals(specName)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no MType " + specName);
    }

    private String take(String key) {
        String v = f.remove(key);
        if (v == null) {
            throw new IllegalArgumentException("vector lacks " + key);
        }
        return v;
    }

    private int num(String key) {
        return Integer.parseInt(take(key));
    }

    private boolean flag(String key) {
        return "1".equals(f.remove(key));
    }

    private Bytes bytes(String key) {
        return Bytes.fromHex(take(key));
    }
}
