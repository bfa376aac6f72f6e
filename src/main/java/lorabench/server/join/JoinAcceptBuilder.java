// SPDX-License-Identifier: Apache-2.0
package lorabench.server.join;

import java.util.Optional;
import lorabench.lorawan.crypto.JoinAcceptCipher;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.frame.DlSettings;
import lorabench.lorawan.frame.EncryptedJoinAccept;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.MHdr;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.NetId;

/// Builds the on-air join-accept (L2 1.0.4 §6.2.5; L2 1.1 §6.2.3).
///
/// 1.0 (and a 1.1 device answered with OptNeg unset): MIC `cmac(AppKey, MHDR | JoinNonce | NetID | DevAddr |
/// DLSettings | RxDelay | CFList)`, encrypted with AppKey. 1.1 with OptNeg set: MIC under JSIntKey over
/// `JoinReqType | JoinEUI | DevNonce | MHDR | ...`, encrypted with NwkKey for a join-request (JoinReqType 0xFF) and
/// with JSEncKey for a rejoin-request.
public final class JoinAcceptBuilder {
    private JoinAcceptBuilder() {}

    /// The fields of a join-accept.
    public record Fields(JoinNonce joinNonce, NetId netId, DevAddr devAddr, DlSettings dlSettings,
            int rxDelaySeconds, Optional<Bytes> cfList) {}

    /// {@return the PHYPayload of a 1.0 join-accept} signed and encrypted with `appKey`
    public static Bytes build10(AesKey appKey, Fields f) {
        JoinAccept ja = plain(f);
        Bytes mic = Mic.joinAccept10(appKey, FrameCodec.micInput(ja));
        return encrypt(appKey, ja.withMic(mic));
    }

    /// {@return the join-accept before signing and encryption}: `MHDR | JoinNonce | NetID | DevAddr | DLSettings |
    /// RxDelay | [CFList]`, the MIC input, which an application holding the AppKey signs and encrypts
    public static Bytes clear(Fields f) {
        return FrameCodec.micInput(plain(f));
    }

    /// {@return the PHYPayload of a 1.1 join-accept} (OptNeg set)
    /// @param joinReqType 0xFF for a join-request, 0..2 for a rejoin-request of that type
    /// @param devNonce    the DevNonce, or the rejoin-request's RJcount
    public static Bytes build11(AesKey nwkKey, Eui64 devEui, Eui64 joinEui, int joinReqType, DevNonce devNonce,
            Fields f) {
        JoinAccept ja = plain(f);
        AesKey jsIntKey = SessionKeys.jsIntKey(nwkKey, devEui);
        Bytes mic = Mic.joinAccept11(jsIntKey, joinReqType, joinEui, devNonce, FrameCodec.micInput(ja));
        AesKey encKey = joinReqType == 0xFF ? nwkKey : SessionKeys.jsEncKey(nwkKey, devEui);
        return encrypt(encKey, ja.withMic(mic));
    }

    private static JoinAccept plain(Fields f) {
        return new JoinAccept(MHdr.of(MType.JOIN_ACCEPT), f.joinNonce(), f.netId(), f.devAddr(), f.dlSettings(),
                f.rxDelaySeconds(), f.cfList(), Bytes.of(new byte[4]));
    }

    private static Bytes encrypt(AesKey key, JoinAccept signed) {
        Bytes enc = JoinAcceptCipher.encrypt(key, FrameCodec.encodeJoinAcceptPlaintext(signed));
        return FrameCodec.encode(new EncryptedJoinAccept(signed.mHdr(), enc));
    }
}
