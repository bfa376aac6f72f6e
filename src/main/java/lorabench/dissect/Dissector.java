// SPDX-License-Identifier: Apache-2.0
package lorabench.dissect;

import java.util.List;
import java.util.Optional;
import lorabench.lorawan.crypto.FCntKind;
import lorabench.lorawan.crypto.FOptsCipher;
import lorabench.lorawan.crypto.JoinAcceptCipher;
import lorabench.lorawan.crypto.PayloadCipher;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.EncryptedJoinAccept;
import lorabench.lorawan.frame.FPort;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.frame.PhyPayload;
import lorabench.lorawan.frame.Proprietary;
import lorabench.lorawan.frame.RejoinRequest;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;

/// Decodes a PHYPayload and opens whatever the keys at hand open: MIC check, FRMPayload and (1.1) FOpts
/// decryption, MAC commands, join-accept decryption (see [FrameCrypto] for which key does what).
public final class Dissector {
    /// PHYPayload offset of FOpts: MHDR (1), DevAddr (4), FCtrl (1), FCnt (2).
    private static final int FOPTS_OFFSET = 8;

    private Dissector() {}

    /// {@return the dissection of `phy`}
    /// @throws MalformedFrameException when the frame, or the MAC commands it carries, are malformed
    /// @throws IllegalArgumentException when the context's FCnt does not end in the on-air FCnt
    public static Dissection dissect(Bytes phy, FrameKeys keys, FrameContext ctx) throws MalformedFrameException {
        PhyPayload frame = FrameCodec.decode(phy);
        return switch (frame) {
            case DataFrame d -> data(phy, d, keys, ctx);
            case EncryptedJoinAccept e -> joinAccept(phy, e, keys, ctx);
            case JoinRequest j -> plain(phy, j, j.mic(), keys, ctx);
            case RejoinRequest r -> plain(phy, r, r.mic(), keys, ctx);
            case JoinAccept j -> plain(phy, j, j.mic(), keys, ctx);
            case Proprietary p -> new Dissection(phy, p, Optional.empty(), MicCheck.UNCHECKED, Optional.empty(),
                    Optional.empty(), Optional.empty());
        };
    }

    private static Dissection plain(Bytes phy, PhyPayload frame, Bytes mic, FrameKeys keys, FrameContext ctx) {
        return new Dissection(phy, frame, Optional.of(mic),
                MicCheck.of(FrameCrypto.expectedMic(frame, keys, ctx), Optional.of(mic)),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Dissection joinAccept(Bytes phy, EncryptedJoinAccept e, FrameKeys keys, FrameContext ctx)
            throws MalformedFrameException {
        Optional<AesKey> key = FrameCrypto.joinAcceptKey(keys, ctx);
        if (key.isEmpty()) {
            return new Dissection(phy, e, Optional.empty(), MicCheck.UNCHECKED, Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        JoinAccept ja = FrameCodec.decodeJoinAcceptPlaintext(e.mHdr(), JoinAcceptCipher.decrypt(key.get(),
                e.encrypted()));
        MicCheck check = MicCheck.of(FrameCrypto.expectedMic(ja, keys, ctx), Optional.of(ja.mic()));
        return new Dissection(phy, e, Optional.of(ja.mic()), check, Optional.of(ja), Optional.empty(),
                Optional.empty());
    }

    private static Dissection data(Bytes phy, DataFrame d, FrameKeys keys, FrameContext ctx)
            throws MalformedFrameException {
        long fCnt = FrameCrypto.fCnt32(d, ctx);
        MicCheck check = MicCheck.of(FrameCrypto.expectedMic(d, keys, ctx), Optional.of(d.mic()));
        Optional<Bytes> payload = d.fPort().flatMap(p -> d.frmPayload().isEmpty() ? Optional.of(Bytes.EMPTY)
                : FrameCrypto.payloadKey(p.value(), keys, ctx).map(k ->
                        PayloadCipher.decrypt(k, d.direction(), d.fHdr().devAddr(), fCnt, d.frmPayload())));
        Optional<List<MacCommand>> mac;
        try {
            mac = macCommands(d, fCnt, payload, keys, ctx);
        } catch (MalformedFrameException ex) {
            if (check != MicCheck.INVALID) {
                throw ex;
            }
            throw new MalformedFrameException(ex.field(), ex.offset(), ex.reason()
                    + " (the MIC does not match either: a key or the FCnt may be wrong)");
        }
        return new Dissection(phy, d, Optional.of(d.mic()), check, Optional.empty(), payload, mac);
    }

    private static Optional<List<MacCommand>> macCommands(DataFrame d, long fCnt, Optional<Bytes> payload,
            FrameKeys keys, FrameContext ctx) throws MalformedFrameException {
        Bytes fOpts = d.fHdr().fOpts();
        if (!fOpts.isEmpty()) {
            Optional<Bytes> plain = Optional.of(fOpts);
            if (ctx.is11()) {
                FCntKind kind = FCntKind.forFrame(d.direction(), d.fPort().map(FPort::value).orElse(FCntKind.NO_FPORT));
                plain = keys.nwkSEncKey().map(k -> FOptsCipher.apply(k, kind, d.fHdr().devAddr(), fCnt, fOpts));
            }
            return plain.isEmpty() ? Optional.empty()
                    : Optional.of(MacCommandCodec.decode(d.direction(), plain.get(), "fhdr.fOpts", FOPTS_OFFSET));
        }
        if (d.fPort().filter(FPort::isMac).isPresent()) {
            return payload.isEmpty() ? Optional.empty()
                    : Optional.of(MacCommandCodec.decode(d.direction(), payload.get(), "frmPayload", FOPTS_OFFSET + 1));
        }
        return Optional.of(List.of());
    }
}
