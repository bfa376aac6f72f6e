// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import lorabench.lorawan.band.Band;
import lorabench.lorawan.crypto.JoinAcceptCipher;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.frame.EncryptedJoinAccept;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.MHdr;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.frame.RejoinRequest;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.NetId;

/// The device side of a LoRaWAN 1.1 rejoin (L2 1.1 §6.2.4): the type 0 or 2 rejoin-request, and the join-accept
/// that answers it.
final class RejoinFrames {
    private RejoinFrames() {
    }

    /// {@return a type 0 or 2 rejoin-request}: `NetID | DevEUI | RJcount0`, MIC under the session's SNwkSIntKey
    /// (§6.2.4.1)
    static Bytes request(DeviceConfig c, MacSession s, int rejoinType, int rjCount0) {
        // NOTE: a state saved before the NetID was kept has none: 0, the experimental NetID (and the embedded
        // server's default).
        var r = new RejoinRequest.Type0Or2(MHdr.of(MType.REJOIN_REQUEST), rejoinType,
                s.netId == null ? new NetId(0) : s.netId, c.devEui(), rjCount0, Bytes.of(new byte[4]));
        return FrameCodec.encode(r.withMic(Mic.rejoinRequest(s.keys.sNwkSIntKey(), FrameCodec.micInput(r))));
    }

    /// Opens `phy` as the join-accept answering the rejoin-request of `rejoinType` that carried `rjCount`: encrypted
    /// with JSEncKey, OptNeg set, MIC under JSIntKey over `JoinReqType | JoinEUI | RJcount | MHDR | ...` and a
    /// JoinNonce above the last one (§6.2.3); the session keys are derived with RJcount in place of DevNonce
    /// (§6.2.4.4). On success starts the new session in `s`. {@return whether it was accepted}
    static boolean accept(DeviceConfig c, Band band, MacSession s, Bytes phy, int rejoinType, int rjCount) {
        JoinAccept ja;
        try {
            if (!(FrameCodec.decode(phy) instanceof EncryptedJoinAccept enc)) {
                return false;
            }
            ja = FrameCodec.decodeJoinAcceptPlaintext(enc.mHdr(),
                    JoinAcceptCipher.decrypt(SessionKeys.jsEncKey(c.nwkKey(), c.devEui()), enc.encrypted()));
        } catch (MalformedFrameException e) {
            return false;
        }
        DevNonce nonce = new DevNonce(rjCount);
        var jsInt = SessionKeys.jsIntKey(c.nwkKey(), c.devEui());
        if (!ja.dlSettings().optNeg() || ja.joinNonce().value() <= s.lastJoinNonce
                || !Mic.joinAccept11(jsInt, rejoinType, c.joinEui(), nonce, FrameCodec.micInput(ja))
                        .constantTimeEquals(ja.mic())) {
            return false;
        }
        var keys = SessionKeys.derive11(c.appKey(), c.nwkKey(), ja.joinNonce(), c.joinEui(), nonce);
        JoinFrames.startSession(c, band, s, ja, keys, rejoinType);
        return true;
    }
}
