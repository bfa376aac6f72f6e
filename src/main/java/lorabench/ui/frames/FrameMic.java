// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import java.util.Optional;
import lorabench.lorawan.crypto.JoinAcceptCipher;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.EncryptedJoinAccept;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.frame.PhyPayload;
import lorabench.lorawan.frame.Proprietary;
import lorabench.lorawan.frame.RejoinRequest;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;

/// Checks the MIC of a decoded frame with whatever keys are known (LoRaWAN L2 1.0.4 §4.4, §6.2.4, §6.2.5;
/// L2 1.1 §4.4, §6.2.2 to §6.2.4), and decrypts join-accepts.
public final class FrameMic {
    private FrameMic() {}

    /// The outcome of a check.
    ///
    /// @param received the MIC in the frame (for a join-accept: after decryption, when possible)
    /// @param computed the MIC computed from the keys, when they were known
    /// @param how      which key and formula, or what was missing
    public record Check(Optional<Bytes> received, Optional<Bytes> computed, MicStatus status, String how) {
        static Check unknown(Optional<Bytes> received, String why) {
            return new Check(received, Optional.empty(), MicStatus.UNKNOWN, why);
        }

        static Check of(Bytes received, Bytes computed, String how) {
            return new Check(Optional.of(received), Optional.of(computed),
                    received.constantTimeEquals(computed) ? MicStatus.VALID : MicStatus.INVALID, how);
        }
    }

    /// {@return the join-accept decrypted with the root key}, empty without a root key
    public static Optional<JoinAccept> decrypt(EncryptedJoinAccept frame, Optional<DissectionKeys> keys) {
        return keys.flatMap(DissectionKeys::rootKey).map(k -> {
            try {
                return FrameCodec.decodeJoinAcceptPlaintext(frame.mHdr(), JoinAcceptCipher.decrypt(k, frame.encrypted()));
            } catch (MalformedFrameException e) {
                throw new IllegalStateException("16 or 32 plaintext bytes always decode", e);
            }
        });
    }

    /// {@return the MIC check of `frame`}
    public static Check check(PhyPayload frame, Optional<DissectionKeys> keys) {
        return switch (frame) {
            case Proprietary p -> Check.unknown(Optional.empty(), "A proprietary frame has no LoRaWAN MIC.");
            case DataFrame f -> data(f, keys);
            case JoinRequest j -> keys.flatMap(DissectionKeys::rootKey)
                    .map(k -> Check.of(j.mic(), Mic.joinRequest(k, FrameCodec.micInput(j)),
                            "CMAC(" + rootName(keys.get()) + ", MHDR | JoinEUI | DevEUI | DevNonce)"))
                    .orElseGet(() -> Check.unknown(Optional.of(j.mic()), "Needs the AppKey (1.0) or NwkKey (1.1)."));
            case EncryptedJoinAccept e -> decrypt(e, keys).map(plain -> joinAccept(plain, keys.get()))
                    .orElseGet(() -> Check.unknown(Optional.empty(), "Encrypted: needs the AppKey (1.0) or NwkKey (1.1)."));
            case JoinAccept j -> keys.map(k -> joinAccept(j, k))
                    .orElseGet(() -> Check.unknown(Optional.of(j.mic()), "Needs the AppKey (1.0) or NwkKey (1.1)."));
            case RejoinRequest r -> rejoin(r, keys);
        };
    }

    private static Check joinAccept(JoinAccept plain, DissectionKeys keys) {
        Bytes msg = FrameCodec.micInput(plain);
        if (plain.dlSettings().optNeg() && keys.lorawan11()) {
            if (keys.joinRequest().isEmpty() || keys.rootKey().isEmpty()) {
                return Check.unknown(Optional.of(plain.mic()),
                        "OptNeg set: the MIC uses JSIntKey and the request's JoinEUI and DevNonce, not known here.");
            }
            JoinRequest req = keys.joinRequest().get();
            AesKey jsIntKey = SessionKeys.jsIntKey(keys.rootKey().get(), req.devEui());
            return Check.of(plain.mic(), Mic.joinAccept11(jsIntKey, 0xFF, req.joinEui(), req.devNonce(), msg),
                    "CMAC(JSIntKey, 0xFF | JoinEUI | DevNonce | MHDR .. CFList)");
        }
        return keys.rootKey().map(k -> Check.of(plain.mic(), Mic.joinAccept10(k, msg),
                "CMAC(" + rootName(keys) + ", MHDR | JoinNonce | NetID | DevAddr | DLSettings | RxDelay | CFList)"))
                .orElseGet(() -> Check.unknown(Optional.of(plain.mic()), "Needs the root key."));
    }

    private static Check data(DataFrame f, Optional<DissectionKeys> keys) {
        if (keys.isEmpty()) {
            return Check.unknown(Optional.of(f.mic()), "Needs the network session keys.");
        }
        DissectionKeys k = keys.get();
        Bytes msg = FrameCodec.micInput(f);
        long fc = fCnt32(f, k);
        if (!k.lorawan11()) {
            return k.fNwkSIntKey().map(nwkSKey -> Check.of(f.mic(), f.direction() == Direction.UPLINK
                    ? Mic.dataUplink10(nwkSKey, f.fHdr().devAddr(), fc, msg)
                    : Mic.dataDownlink10(nwkSKey, f.fHdr().devAddr(), fc, msg),
                    "CMAC(NwkSKey, B0 | msg)[0..3], FCnt " + fc))
                    .orElseGet(() -> Check.unknown(Optional.of(f.mic()), "Needs the NwkSKey."));
        }
        if (f.direction() == Direction.DOWNLINK) {
            return k.sNwkSIntKey().map(s -> Check.of(f.mic(), Mic.dataDownlink11(s, f.fHdr().devAddr(), fc,
                    k.confFCnt(), msg), "CMAC(SNwkSIntKey, B0 | msg)[0..3], FCnt " + fc))
                    .orElseGet(() -> Check.unknown(Optional.of(f.mic()), "Needs the SNwkSIntKey."));
        }
        if (k.fNwkSIntKey().isEmpty() || k.sNwkSIntKey().isEmpty()) {
            return Check.unknown(Optional.of(f.mic()), "Needs the FNwkSIntKey and SNwkSIntKey.");
        }
        return Check.of(f.mic(), Mic.dataUplink11(k.fNwkSIntKey().get(), k.sNwkSIntKey().get(), f.fHdr().devAddr(), fc,
                k.confFCnt(), k.txDr(), k.txCh(), msg), "cmacS[0..1] | cmacF[0..1], FCnt " + fc);
    }

    private static Check rejoin(RejoinRequest r, Optional<DissectionKeys> keys) {
        Bytes msg = FrameCodec.micInput(r);
        if (r.rejoinType() == 1) {
            return keys.flatMap(DissectionKeys::rootKey)
                    .map(k -> Check.of(r.mic(), Mic.rejoinRequest(SessionKeys.jsIntKey(k, r.devEui()), msg),
                            "CMAC(JSIntKey, MHDR .. RJcount1)"))
                    .orElseGet(() -> Check.unknown(Optional.of(r.mic()), "Needs the NwkKey (for JSIntKey)."));
        }
        return keys.flatMap(DissectionKeys::sNwkSIntKey)
                .map(s -> Check.of(r.mic(), Mic.rejoinRequest(s, msg), "CMAC(SNwkSIntKey, MHDR .. RJcount0)"))
                .orElseGet(() -> Check.unknown(Optional.of(r.mic()), "Needs the SNwkSIntKey."));
    }

    /// {@return the 32-bit counter to use}: the one given with the keys, else the 16 bits on air
    static long fCnt32(DataFrame f, DissectionKeys k) {
        return k.fCnt32().orElse(f.fHdr().fCnt());
    }

    private static String rootName(DissectionKeys keys) {
        return keys.version() == lorabench.ui.keys.KeyVersion.V1_0 ? "AppKey" : "NwkKey";
    }
}
