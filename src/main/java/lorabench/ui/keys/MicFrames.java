// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

import java.util.Optional;
import lorabench.lorawan.crypto.JoinAcceptCipher;
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

/// Which key a frame's MIC uses and what the MIC check can say about it (LoRaWAN L2 1.0.4 §4.4, §6.2;
/// L2 1.1 §4.4, §6.2.3, §6.2.4).
final class MicFrames {
    private MicFrames() {}

    /// {@return the name of the key the MIC of `frame` is computed with, in `version`}
    static String keyName(PhyPayload frame, KeyVersion version) {
        boolean v11 = version == KeyVersion.V1_1;
        return switch (frame) {
            case DataFrame f -> !v11 ? "NwkSKey" : f.direction() == Direction.UPLINK ? "FNwkSIntKey" : "SNwkSIntKey";
            case JoinRequest j -> version == KeyVersion.V1_0 ? "AppKey" : "NwkKey";
            case EncryptedJoinAccept e -> version == KeyVersion.V1_0 ? "AppKey" : "NwkKey";
            case JoinAccept j -> version == KeyVersion.V1_0 ? "AppKey" : "NwkKey";
            case RejoinRequest r -> r.rejoinType() == 1 ? "JSIntKey" : "SNwkSIntKey";
            case Proprietary p -> "Key";
        };
    }

    /// {@return why the MIC of `frame` cannot be checked here}, empty when it can
    static Optional<String> unsupported(PhyPayload frame, KeyVersion version) {
        return switch (frame) {
            case Proprietary p -> Optional.of("A proprietary frame has no MIC defined by LoRaWAN.");
            case EncryptedJoinAccept e when version == KeyVersion.V1_1 -> Optional.of("A 1.1 join-accept (OptNeg set) "
                    + "is signed with JSIntKey over JoinReqType | JoinEUI | DevNonce | msg; choose 1.0 or "
                    + "\"1.1, OptNeg unset\" for a 1.0-style join-accept.");
            case DataFrame f -> Optional.empty();
            case JoinRequest j -> Optional.empty();
            case EncryptedJoinAccept e -> Optional.empty();
            case JoinAccept j -> Optional.empty();
            case RejoinRequest r -> Optional.empty();
        };
    }

    /// {@return the MIC bytes the frame carries}; for an encrypted join-accept they are still encrypted
    static Optional<Bytes> receivedMic(PhyPayload frame) {
        return switch (frame) {
            case DataFrame f -> Optional.of(f.mic());
            case JoinRequest j -> Optional.of(j.mic());
            case JoinAccept j -> Optional.of(j.mic());
            case RejoinRequest r -> Optional.of(r.mic());
            case EncryptedJoinAccept e -> Optional.of(e.encrypted().slice(e.encrypted().size() - 4,
                    e.encrypted().size()));
            case Proprietary p -> Optional.empty();
        };
    }

    /// {@return the join-accept decrypted with `key`}
    static JoinAccept decrypt(EncryptedJoinAccept e, AesKey key) {
        try {
            return FrameCodec.decodeJoinAcceptPlaintext(e.mHdr(), JoinAcceptCipher.decrypt(key, e.encrypted()));
        } catch (MalformedFrameException ex) {
            throw new IllegalStateException("a 16- or 32-byte plaintext always decodes", ex);
        }
    }

    /// {@return a one-line description of `frame`}
    static String summary(PhyPayload frame) {
        String type = frame.mHdr().mType().specName();
        return switch (frame) {
            case DataFrame f -> type + ", DevAddr " + f.fHdr().devAddr() + ", FCnt " + f.fHdr().fCnt()
                    + f.fPort().map(p -> ", FPort " + p).orElse("");
            case JoinRequest j -> type + ", DevEUI " + j.devEui() + ", DevNonce " + j.devNonce();
            case RejoinRequest r -> type + " type " + r.rejoinType() + ", DevEUI " + r.devEui();
            case EncryptedJoinAccept e -> type + " (encrypted, " + e.encrypted().size() + " bytes)";
            case JoinAccept j -> type + ", DevAddr " + j.devAddr();
            case Proprietary p -> type;
        };
    }
}
