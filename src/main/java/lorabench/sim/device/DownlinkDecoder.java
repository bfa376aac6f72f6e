// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.util.List;
import java.util.Optional;
import lorabench.lorawan.crypto.FCntKind;
import lorabench.lorawan.crypto.FCntReconstruction;
import lorabench.lorawan.crypto.FOptsCipher;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.PayloadCipher;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.FPort;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.MacVersion;

/// Checks and opens a data downlink as a device does (LoRaWAN L2 1.0.4 §4.3-4.4, L2 1.1 §4.3-4.4): addressed to
/// the session's DevAddr, counter above the last accepted one (FCntDown in 1.0; NFCntDown or AFCntDown by FPort in
/// 1.1), MIC (1.1: ConfFCnt is the counter of the confirmed uplink an ACK answers), FOpts decrypted (1.1),
/// FRMPayload decrypted, MAC commands decoded. Accepting advances the counter.
final class DownlinkDecoder {
    private DownlinkDecoder() {
    }

    /// An accepted frame: the opened parts.
    record Opened(DataFrame frame, long fCnt32, Optional<Integer> fPort, Bytes payload, List<MacCommand> macCommands) {}

    /// {@return the opened frame}, or empty for a frame that is not a valid new downlink of this session
    static Optional<Opened> open(MacSession s, MacVersion version, Bytes phy, long lastConfirmedUplinkFCnt) {
        if (!s.joined || s.keys == null) {
            return Optional.empty();
        }
        DataFrame f;
        try {
            if (!(FrameCodec.decode(phy) instanceof DataFrame d) || d.direction() != Direction.DOWNLINK
                    || !d.fHdr().devAddr().equals(s.devAddr)) {
                return Optional.empty();
            }
            f = d;
        } catch (MalformedFrameException e) {
            return Optional.empty();
        }
        int port = f.fPort().map(FPort::value).orElse(FCntKind.NO_FPORT);
        FCntKind kind = version.is11() ? FCntKind.forFrame(Direction.DOWNLINK, port) : FCntKind.N_F_CNT_DOWN;
        long last = kind == FCntKind.A_F_CNT_DOWN ? s.aFCntDown : s.nFCntDown;
        var outcome = FCntReconstruction.classify(last, f.fHdr().fCnt());
        if (outcome.verdict() != FCntReconstruction.Verdict.NEW) {
            return Optional.empty();
        }
        long fCnt = outcome.fCnt32();
        Bytes msg = FrameCodec.micInput(f);
        Bytes expected;
        if (version.is11()) {
            int conf = f.fHdr().fCtrl().ack() && lastConfirmedUplinkFCnt >= 0 ? (int) (lastConfirmedUplinkFCnt & 0xFFFF) : 0;
            expected = Mic.dataDownlink11(s.keys.sNwkSIntKey(), s.devAddr, fCnt, conf, msg);
        } else {
            expected = Mic.dataDownlink10(s.keys.fNwkSIntKey(), s.devAddr, fCnt, msg);
        }
        if (!expected.constantTimeEquals(f.mic())) {
            return Optional.empty();
        }
        Bytes fOpts = f.fHdr().fOpts();
        if (version.is11() && !fOpts.isEmpty()) {
            fOpts = FOptsCipher.apply(s.keys.nwkSEncKey(), kind, s.devAddr, fCnt, fOpts);
        }
        Bytes plain = Bytes.EMPTY;
        List<MacCommand> mac;
        try {
            if (port == 0) {
                Bytes cmds = PayloadCipher.decrypt(s.keys.nwkSEncKey(), Direction.DOWNLINK, s.devAddr, fCnt,
                        f.frmPayload());
                mac = MacCommandCodec.decode(Direction.DOWNLINK, cmds);
            } else {
                mac = MacCommandCodec.decode(Direction.DOWNLINK, fOpts);
                if (port > 0) {
                    plain = PayloadCipher.decrypt(s.keys.appSKey(), Direction.DOWNLINK, s.devAddr, fCnt,
                            f.frmPayload());
                }
            }
        } catch (MalformedFrameException e) {
            mac = List.of();
        }
        if (kind == FCntKind.A_F_CNT_DOWN) {
            s.aFCntDown = fCnt;
        } else {
            s.nFCntDown = fCnt;
        }
        return Optional.of(new Opened(f, fCnt, f.fPort().map(FPort::value), plain, mac));
    }
}
