// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.frame;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.NetId;

/// Decodes and encodes PHYPayloads (LoRaWAN L2 1.0.4 §4, L2 1.1 §4 and §6.2).
///
/// [#decode] is total: any byte string either decodes or throws [MalformedFrameException] naming the field and
/// its offset. Size rules: a PHYPayload is 1..255 bytes; MHDR RFU bits must be zero; every type but Proprietary
/// must have major 0; a join-request is exactly 23 bytes, a join-accept 17 or 33, a rejoin-request 19 (types 0
/// and 2) or 24 (type 1), a data frame at least 12; FPort 0 with FOpts is malformed (field `fPort`).
///
/// Multi-byte fields are little-endian on air; the records hold their numeric values.
public final class FrameCodec {
    private FrameCodec() {}

    /// {@return the frame in `phy`}; a join-accept comes back as an [EncryptedJoinAccept]
    public static PhyPayload decode(Bytes phy) throws MalformedFrameException {
        Objects.requireNonNull(phy, "phy");
        if (phy.isEmpty()) {
            throw new MalformedFrameException("mhdr", 0, "empty frame: no MHDR");
        }
        if (phy.size() > Checks.MAX_PHY_PAYLOAD) {
            throw new MalformedFrameException("phyPayload", Checks.MAX_PHY_PAYLOAD,
                    phy.size() + " bytes; a PHYPayload is at most 255");
        }
        int b = phy.get(0);
        if ((b & 0x1C) != 0) {
            throw new MalformedFrameException("mhdr", 0, "RFU bits 4..2 must be zero, MHDR is "
                    + String.format("%02X", b));
        }
        MHdr mHdr = MHdr.fromByte(b);
        if (mHdr.mType() != MType.PROPRIETARY && mHdr.major() != MHdr.LORAWAN_R1) {
            throw new MalformedFrameException("mhdr", 0, "major " + mHdr.major() + " is not LoRaWAN R1 (0)");
        }
        return switch (mHdr.mType()) {
            case JOIN_REQUEST -> joinRequest(mHdr, phy);
            case JOIN_ACCEPT -> encryptedJoinAccept(mHdr, phy);
            case UNCONFIRMED_DATA_UP, UNCONFIRMED_DATA_DOWN, CONFIRMED_DATA_UP, CONFIRMED_DATA_DOWN ->
                    dataFrame(mHdr, phy);
            case REJOIN_REQUEST -> rejoinRequest(mHdr, phy);
            case PROPRIETARY -> new Proprietary(mHdr, phy.slice(1, phy.size()));
        };
    }

    /// {@return the bytes of `frame`}. For a (decrypted) [JoinAccept] these are MHDR and the plaintext, as shown in
    /// a dissection; the on-air form is the [EncryptedJoinAccept] the crypto layer builds.
    public static Bytes encode(PhyPayload frame) {
        return FrameWriter.write(frame).toBytes();
    }

    /// {@return the byte range of every non-empty field of `frame`} as [#encode] lays it out, in order
    public static List<FieldSpan> layout(PhyPayload frame) {
        return FrameWriter.write(frame).spans();
    }

    /// {@return the bytes the MIC covers}: MHDR up to the byte before the MIC. For a [JoinAccept] this is the
    /// LoRaWAN 1.0 input MHDR | JoinNonce | NetID | DevAddr | DLSettings | RxDelay | CFList; for 1.1 the crypto
    /// layer prefixes JoinReqType | JoinEUI | DevNonce.
    /// @throws IllegalArgumentException for an [EncryptedJoinAccept] (decrypt it first) or a [Proprietary]
    /// frame (no MIC defined)
    public static Bytes micInput(PhyPayload frame) {
        return switch (frame) {
            case EncryptedJoinAccept _ ->
                    throw new IllegalArgumentException("the join-accept MIC is encrypted: decrypt the frame first");
            case Proprietary _ -> throw new IllegalArgumentException("a proprietary frame has no defined MIC");
            case JoinRequest _, JoinAccept _, DataFrame _, RejoinRequest _ -> {
                Bytes all = encode(frame);
                yield all.slice(0, all.size() - 4);
            }
        };
    }

    /// {@return the join-accept in `plaintext`}, the decrypted bytes after the MHDR, MIC included (16 or 32)
    public static JoinAccept decodeJoinAcceptPlaintext(MHdr mHdr, Bytes plaintext) throws MalformedFrameException {
        Checks.mHdr(mHdr, MType.JOIN_ACCEPT);
        if (plaintext.size() != 16 && plaintext.size() != 32) {
            throw new MalformedFrameException("joinAccept", 1, plaintext.size()
                    + " bytes after the MHDR; a join-accept has 16 (no CFList) or 32 (with CFList)");
        }
        ByteReader r = new ByteReader(plaintext, 1);
        JoinNonce joinNonce = new JoinNonce(r.u24("joinAccept.joinNonce"));
        NetId netId = new NetId(r.u24("joinAccept.netId"));
        DevAddr devAddr = new DevAddr((int) r.u32("joinAccept.devAddr"));
        DlSettings dl = DlSettings.fromByte(r.u8("joinAccept.dlSettings"));
        int rxDelay = r.u8("joinAccept.rxDelay");
        Optional<Bytes> cfList = plaintext.size() == 32 ? Optional.of(r.bytes(16, "joinAccept.cfList")) : Optional.empty();
        Bytes mic = r.bytes(4, "mic");
        return new JoinAccept(mHdr, joinNonce, netId, devAddr, dl, rxDelay, cfList, mic);
    }

    /// {@return the bytes after the MHDR of `joinAccept`, MIC included}: the plaintext the crypto layer encrypts
    public static Bytes encodeJoinAcceptPlaintext(JoinAccept joinAccept) {
        ByteWriter w = new ByteWriter();
        FrameWriter.joinAcceptFields(w, joinAccept);
        w.bytes("mic", joinAccept.mic());
        return w.toBytes();
    }

    private static JoinRequest joinRequest(MHdr mHdr, Bytes phy) throws MalformedFrameException {
        ByteReader r = new ByteReader(phy.slice(1, phy.size()), 1);
        Eui64 joinEui = new Eui64(r.u64("joinRequest.joinEui"));
        Eui64 devEui = new Eui64(r.u64("joinRequest.devEui"));
        DevNonce devNonce = new DevNonce(r.u16("joinRequest.devNonce"));
        Bytes mic = r.bytes(4, "mic");
        r.expectEnd("joinRequest");
        return new JoinRequest(mHdr, joinEui, devEui, devNonce, mic);
    }

    private static EncryptedJoinAccept encryptedJoinAccept(MHdr mHdr, Bytes phy) throws MalformedFrameException {
        int n = phy.size() - 1;
        if (n != 16 && n != 32) {
            throw new MalformedFrameException("joinAccept.encrypted", 1, n
                    + " bytes after the MHDR; a join-accept has 16 (no CFList) or 32 (with CFList)");
        }
        return new EncryptedJoinAccept(mHdr, phy.slice(1, phy.size()));
    }

    private static DataFrame dataFrame(MHdr mHdr, Bytes phy) throws MalformedFrameException {
        Direction dir = mHdr.mType().direction().orElseThrow();
        if (phy.size() < 5) {
            throw new MalformedFrameException("mic", 1, "a data frame needs at least " + DataFrame.MIN_SIZE
                    + " bytes, got " + phy.size());
        }
        ByteReader r = new ByteReader(phy.slice(1, phy.size() - 4), 1);
        DevAddr devAddr = new DevAddr((int) r.u32("fhdr.devAddr"));
        FCtrl fCtrl = FCtrl.fromByte(r.u8("fhdr.fCtrl"), dir);
        int fCnt = r.u16("fhdr.fCnt");
        Bytes fOpts = r.bytes(fCtrl.fOptsLen(), "fhdr.fOpts");
        Optional<FPort> fPort = Optional.empty();
        if (r.remaining() > 0) {
            int portOffset = r.offset();
            fPort = Optional.of(new FPort(r.u8("fPort")));
            if (fPort.get().isMac() && !fOpts.isEmpty()) {
                throw new MalformedFrameException("fPort", portOffset,
                        "FPort 0 (MAC commands in FRMPayload) with " + fOpts.size() + " FOpts bytes");
            }
        }
        Bytes frmPayload = r.rest();
        Bytes mic = phy.slice(phy.size() - 4, phy.size());
        return new DataFrame(mHdr, new FHdr(devAddr, fCtrl, fCnt, fOpts), fPort, frmPayload, mic);
    }

    private static RejoinRequest rejoinRequest(MHdr mHdr, Bytes phy) throws MalformedFrameException {
        ByteReader r = new ByteReader(phy.slice(1, phy.size()), 1);
        int type = r.u8("rejoinRequest.rejoinType");
        RejoinRequest result = switch (type) {
            case 0, 2 -> {
                NetId netId = new NetId(r.u24("rejoinRequest.netId"));
                Eui64 devEui = new Eui64(r.u64("rejoinRequest.devEui"));
                int count = r.u16("rejoinRequest.rjCount");
                yield new RejoinRequest.Type0Or2(mHdr, type, netId, devEui, count, r.bytes(4, "mic"));
            }
            case 1 -> {
                Eui64 joinEui = new Eui64(r.u64("rejoinRequest.joinEui"));
                Eui64 devEui = new Eui64(r.u64("rejoinRequest.devEui"));
                int count = r.u16("rejoinRequest.rjCount");
                yield new RejoinRequest.Type1(mHdr, joinEui, devEui, count, r.bytes(4, "mic"));
            }
            default -> throw new MalformedFrameException("rejoinRequest.rejoinType", 1,
                    "rejoin type " + type + " is not 0, 1 or 2");
        };
        r.expectEnd("rejoinRequest");
        return result;
    }
}
