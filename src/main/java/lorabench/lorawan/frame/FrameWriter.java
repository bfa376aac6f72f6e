// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import lorabench.lorawan.types.Direction;

/// Writes every frame record field by field with its layout path, so that [FrameCodec#encode] and
/// [FrameCodec#layout] cannot disagree.
final class FrameWriter {
    private FrameWriter() {}

    static ByteWriter write(PhyPayload phy) {
        ByteWriter w = new ByteWriter();
        w.u8("mhdr", phy.mHdr().toByte());
        switch (phy) {
            case JoinRequest j -> {
                w.u64("joinRequest.joinEui", j.joinEui().value());
                w.u64("joinRequest.devEui", j.devEui().value());
                w.u16("joinRequest.devNonce", j.devNonce().value());
                w.bytes("mic", j.mic());
            }
            case EncryptedJoinAccept e -> w.bytes("joinAccept.encrypted", e.encrypted());
            case JoinAccept j -> {
                joinAcceptFields(w, j);
                w.bytes("mic", j.mic());
            }
            case DataFrame d -> {
                Direction dir = d.direction();
                FHdr h = d.fHdr();
                w.u32("fhdr.devAddr", h.devAddr().unsigned());
                w.u8("fhdr.fCtrl", h.fCtrl().toByte(dir));
                w.u16("fhdr.fCnt", h.fCnt());
                w.bytes("fhdr.fOpts", h.fOpts());
                d.fPort().ifPresent(p -> w.u8("fPort", p.value()));
                w.bytes("frmPayload", d.frmPayload());
                w.bytes("mic", d.mic());
            }
            case RejoinRequest.Type0Or2 r -> {
                w.u8("rejoinRequest.rejoinType", r.rejoinType());
                w.u24("rejoinRequest.netId", r.netId().value());
                w.u64("rejoinRequest.devEui", r.devEui().value());
                w.u16("rejoinRequest.rjCount", r.rjCount0());
                w.bytes("mic", r.mic());
            }
            case RejoinRequest.Type1 r -> {
                w.u8("rejoinRequest.rejoinType", 1);
                w.u64("rejoinRequest.joinEui", r.joinEui().value());
                w.u64("rejoinRequest.devEui", r.devEui().value());
                w.u16("rejoinRequest.rjCount", r.rjCount1());
                w.bytes("mic", r.mic());
            }
            case Proprietary p -> w.bytes("proprietary.payload", p.payload());
        }
        return w;
    }

    /// Writes JoinNonce | NetID | DevAddr | DLSettings | RxDelay | [CFList], without MHDR and MIC.
    static void joinAcceptFields(ByteWriter w, JoinAccept j) {
        w.u24("joinAccept.joinNonce", j.joinNonce().value());
        w.u24("joinAccept.netId", j.netId().value());
        w.u32("joinAccept.devAddr", j.devAddr().unsigned());
        w.u8("joinAccept.dlSettings", j.dlSettings().toByte());
        w.u8("joinAccept.rxDelay", j.rxDelay());
        j.cfList().ifPresent(c -> w.bytes("joinAccept.cfList", c));
    }
}
