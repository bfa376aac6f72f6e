// SPDX-License-Identifier: Apache-2.0
package lorabench.dissect;

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
import lorabench.lorawan.frame.PhyPayload;
import lorabench.lorawan.frame.Proprietary;
import lorabench.lorawan.frame.RejoinRequest;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;

/// Turns a frame written in clear into the bytes on air, as a device or network server would send it: encrypts
/// FRMPayload and (1.1) FOpts, computes the MIC, and encrypts a join-accept, with the keys of [FrameCrypto].
public final class FrameSealer {
    private FrameSealer() {}

    /// {@return the PHYPayload of `plain`}
    /// @param plain a frame whose FOpts, FRMPayload and join-accept fields are plaintext; its MIC is ignored
    /// @param mic   the MIC to put on air instead of computing it (to build frames with a wrong MIC)
    /// @throws IllegalArgumentException naming the missing key or input when a step cannot be done
    public static Bytes seal(PhyPayload plain, FrameKeys keys, FrameContext ctx, Optional<Bytes> mic) {
        return switch (plain) {
            case DataFrame d -> {
                DataFrame sealed = encrypt(d, keys, ctx);
                yield FrameCodec.encode(sealed.withMic(micFor(sealed, keys, ctx, mic)));
            }
            case JoinRequest j -> FrameCodec.encode(j.withMic(micFor(j, keys, ctx, mic)));
            case RejoinRequest.Type0Or2 r -> FrameCodec.encode(r.withMic(micFor(r, keys, ctx, mic)));
            case RejoinRequest.Type1 r -> FrameCodec.encode(r.withMic(micFor(r, keys, ctx, mic)));
            case JoinAccept j -> {
                Bytes clear = FrameCodec.encodeJoinAcceptPlaintext(j.withMic(micFor(j, keys, ctx, mic)));
                AesKey key = FrameCrypto.joinAcceptKey(keys, ctx).orElseThrow(() -> new IllegalArgumentException(
                        "encrypting the join-accept needs " + FrameCrypto.joinAcceptKeyName(ctx)));
                yield FrameCodec.encode(new EncryptedJoinAccept(j.mHdr(), JoinAcceptCipher.encrypt(key, clear)));
            }
            case EncryptedJoinAccept e -> FrameCodec.encode(e);
            case Proprietary p -> FrameCodec.encode(p);
        };
    }

    private static DataFrame encrypt(DataFrame d, FrameKeys keys, FrameContext ctx) {
        long fCnt = FrameCrypto.fCnt32(d, ctx);
        DataFrame out = d;
        if (d.fPort().isPresent() && !d.frmPayload().isEmpty()) {
            int port = d.fPort().get().value();
            AesKey key = FrameCrypto.payloadKey(port, keys, ctx).orElseThrow(() -> new IllegalArgumentException(
                    "encrypting the FPort " + port + " payload needs " + FrameCrypto.payloadKeyName(port, ctx)));
            out = out.withFrmPayload(PayloadCipher.encrypt(key, d.direction(), d.fHdr().devAddr(), fCnt,
                    d.frmPayload()));
        }
        if (ctx.is11() && !d.fHdr().fOpts().isEmpty()) {
            AesKey key = keys.nwkSEncKey().orElseThrow(() -> new IllegalArgumentException(
                    "LoRaWAN 1.1 FOpts are encrypted: it needs NwkSEncKey"));
            FCntKind kind = FCntKind.forFrame(d.direction(), d.fPort().map(FPort::value).orElse(FCntKind.NO_FPORT));
            out = out.withFOpts(FOptsCipher.apply(key, kind, d.fHdr().devAddr(), fCnt, d.fHdr().fOpts()));
        }
        return out;
    }

    private static Bytes micFor(PhyPayload frame, FrameKeys keys, FrameContext ctx, Optional<Bytes> mic) {
        if (mic.isPresent()) {
            return mic.get();
        }
        return FrameCrypto.expectedMic(frame, keys, ctx).orElseThrow(() -> new IllegalArgumentException(
                "cannot compute the MIC: " + FrameCrypto.micRequirement(frame, ctx)
                        + " (or give the MIC explicitly)"));
    }
}
