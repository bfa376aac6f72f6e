// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.util.Optional;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.crypto.JoinAcceptCipher;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.frame.EncryptedJoinAccept;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.MHdr;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevNonce;
import lorabench.sim.device.DeviceState.ChannelState;

/// The device side of OTAA (LoRaWAN L2 1.0.4 §6.2.4-6.2.5, L2 1.1 §6.2.2-6.2.3): the join-request, and the checks and
/// effects of a join-accept.
final class JoinFrames {
    private JoinFrames() {
    }

    static Bytes joinRequest(DeviceConfig c, DevNonce devNonce) {
        JoinRequest jr = new JoinRequest(MHdr.of(MType.JOIN_REQUEST), c.joinEui(), c.devEui(), devNonce,
                Bytes.of(new byte[4]));
        var key = c.macVersion().is11() ? c.nwkKey() : c.appKey();
        return FrameCodec.encode(jr.withMic(Mic.joinRequest(key, FrameCodec.micInput(jr))));
    }

    /// Opens `phy` as the answer to the join-request with `devNonce`; on success starts the session in `s`
    /// (keys, DevAddr, counters, DLSettings, RxDelay, CFList). {@return whether it was accepted}
    static boolean accept(DeviceConfig c, Band band, MacSession s, Bytes phy, DevNonce devNonce) {
        JoinAccept ja;
        try {
            if (!(FrameCodec.decode(phy) instanceof EncryptedJoinAccept enc)) {
                return false;
            }
            var key = c.macVersion().is11() ? c.nwkKey() : c.appKey();
            ja = FrameCodec.decodeJoinAcceptPlaintext(enc.mHdr(), JoinAcceptCipher.decrypt(key, enc.encrypted()));
        } catch (MalformedFrameException e) {
            return false;
        }
        Bytes msg = FrameCodec.micInput(ja);
        SessionKeys.Keys11 keys;
        if (!c.macVersion().is11()) {
            if (!Mic.joinAccept10(c.appKey(), msg).constantTimeEquals(ja.mic())) {
                return false;
            }
            keys = SessionKeys.derive10(c.appKey(), ja.joinNonce(), ja.netId(), devNonce).asKeys11();
        } else if (ja.dlSettings().optNeg()) {
            var jsInt = SessionKeys.jsIntKey(c.nwkKey(), c.devEui());
            if (!Mic.joinAccept11(jsInt, 0xFF, c.joinEui(), devNonce, msg).constantTimeEquals(ja.mic())
                    || ja.joinNonce().value() <= s.lastJoinNonce) {
                return false;
            }
            keys = SessionKeys.derive11(c.appKey(), c.nwkKey(), ja.joinNonce(), c.joinEui(), devNonce);
        } else {
            if (!Mic.joinAccept10(c.nwkKey(), msg).constantTimeEquals(ja.mic())) {
                return false;
            }
            keys = SessionKeys.derive11OptNegUnset(c.nwkKey(), ja.joinNonce(), ja.netId(), devNonce);
        }
        startSession(c, band, s, ja, keys, JOIN_REQUEST);
        return true;
    }

    /// The JoinReqType of a join-accept answering a join-request (L2 1.1 §6.2.3 table 13); 0..2 are rejoin types.
    static final int JOIN_REQUEST = 0xFF;

    /// Starts the session a verified join-accept gives (L2 1.1 §6.2.3): after a join-request or a type 0 or 1
    /// rejoin-request every MAC setting goes back to its default except RX1DROffset, the RX2 data rate and RxDelay,
    /// which the join-accept carries; after a type 2 rejoin-request they are all kept, only DevAddr, keys and frame
    /// counters change. A CFList replaces the whole channel plan in both cases.
    static void startSession(DeviceConfig c, Band band, MacSession s, JoinAccept ja, SessionKeys.Keys11 keys,
            int joinReqType) {
        s.lastJoinNonce = ja.joinNonce().value();
        boolean keepRadio = joinReqType == 2;
        if (!keepRadio) {
            s.resetToDefaults(band);
        } else if (ja.cfList().isPresent()) {
            s.channels = MacSession.defaults(band).channels;
        }
        s.newSession(ja.devAddr(), keys);
        if (!keepRadio) {
            s.rx1DrOffset = ja.dlSettings().rx1DrOffset();
            s.rx2DataRate = ja.dlSettings().rx2DataRate();
            s.rxDelaySeconds = ja.rx1DelaySeconds();
        }
        s.netId = ja.netId();
        s.rjCount0 = 0; // L2 1.1 §6.2.4.1: RJcount0 restarts with every join-accept processed
        // 1.1 devices joined with OptNeg confirm the session with RekeyInd until RekeyConf (L2 1.1 §5.10).
        s.rekeyPending = c.macVersion().is11() && ja.dlSettings().optNeg();
        ja.cfList().ifPresent(cf -> applyCfList(band, s, cf));
    }

    /// CFList (RP002-1.0.4 §2.x "CFList"): type 0 lists up to five extra channel frequencies (channels 3..7);
    /// type 1 is a channel mask over the band's fixed channels.
    private static void applyCfList(Band band, MacSession s, Bytes cf) {
        int type = cf.get(15);
        if (type == 0) {
            int first = band.defaultChannels().size();
            var dflt = band.defaultChannels().getFirst();
            for (int i = 0; i < 5; i++) {
                long f = (cf.get(3 * i) | cf.get(3 * i + 1) << 8 | (long) cf.get(3 * i + 2) << 16) * 100L;
                if (f > 0) {
                    s.setChannel(first + i, new ChannelState(f, dflt.minDr(), dflt.maxDr(), 0, true));
                }
            }
        } else if (type == 1) {
            for (int i = 0; i < s.channels.size() && i < 80; i++) {
                boolean on = (cf.get(i / 8) >> (i % 8) & 1) != 0;
                ChannelState ch = s.channels.get(i);
                s.channels.set(i, new ChannelState(ch.frequencyHz(), ch.minDr(), ch.maxDr(),
                        ch.downlinkFrequencyHz(), on));
            }
        }
    }

    /// {@return the DevNonce of the next join-request}: the counter (1.0.4, 1.1) or a random value never used
    /// before (1.0.0-1.0.3); both are remembered in `s`
    static Optional<DevNonce> nextDevNonce(DeviceConfig c, MacSession s, java.util.random.RandomGenerator random) {
        if (c.macVersion().devNonceIsCounter()) {
            if (s.devNonce > 0xFFFF) {
                return Optional.empty();
            }
            return Optional.of(new DevNonce(s.devNonce++));
        }
        if (s.usedDevNonces.size() >= 0x10000) {
            return Optional.empty();
        }
        int n;
        do {
            n = random.nextInt(0x10000);
        } while (s.usedDevNonces.contains(n));
        s.usedDevNonces.add(n);
        return Optional.of(new DevNonce(n));
    }
}
