// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.util.List;
import java.util.Optional;
import lorabench.lorawan.crypto.FCntKind;
import lorabench.lorawan.crypto.FOptsCipher;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.PayloadCipher;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.FCtrl;
import lorabench.lorawan.frame.FHdr;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.MHdr;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.MacVersion;

/// Builds data uplinks (LoRaWAN L2 1.0.4 §4.3, L2 1.1 §4.3-4.4): MAC commands in FOpts (encrypted under NwkSEncKey
/// in 1.1) or, with FPort 0, as the encrypted FRMPayload; FRMPayload under AppSKey; the 1.0 or 1.1 MIC.
final class UplinkFrames {
    private UplinkFrames() {
    }

    /// The FCtrl bits and MIC inputs of one transmission.
    record Flags(boolean adr, boolean adrAckReq, boolean ack, boolean classB, int confFCnt, int txDr, int txCh) {}

    /// {@return the PHYPayload}; `fPort` empty sends FOpts only
    static Bytes build(MacSession s, MacVersion version, boolean confirmed, long fCnt, Flags f,
            List<MacCommand> macCommands, Optional<Integer> fPort, Bytes payload) {
        Bytes mac = MacCommandCodec.encode(macCommands);
        boolean macInPayload = fPort.isPresent() && fPort.get() == 0;
        Bytes fOpts = macInPayload ? Bytes.EMPTY : mac;
        if (version.is11() && !fOpts.isEmpty()) {
            fOpts = FOptsCipher.apply(s.keys.nwkSEncKey(), FCntKind.F_CNT_UP, s.devAddr, fCnt, fOpts);
        }
        FHdr fHdr = FHdr.of(s.devAddr, FCtrl.uplink(f.adr(), f.adrAckReq(), f.ack(), f.classB(), 0),
                (int) (fCnt & 0xFFFF), fOpts);
        MType type = confirmed ? MType.CONFIRMED_DATA_UP : MType.UNCONFIRMED_DATA_UP;
        Bytes zeroMic = Bytes.of(new byte[4]);
        DataFrame frame;
        if (fPort.isEmpty()) {
            frame = DataFrame.withoutPort(type, fHdr, zeroMic);
        } else {
            Bytes plain = macInPayload ? mac : payload;
            var key = fPort.get() == 0 ? s.keys.nwkSEncKey() : s.keys.appSKey();
            frame = DataFrame.of(type, fHdr, fPort.get(),
                    PayloadCipher.encrypt(key, Direction.UPLINK, s.devAddr, fCnt, plain), zeroMic);
        }
        Bytes msg = FrameCodec.micInput(frame);
        Bytes mic = version.is11()
                ? Mic.dataUplink11(s.keys.fNwkSIntKey(), s.keys.sNwkSIntKey(), s.devAddr, fCnt, f.confFCnt(),
                        f.txDr(), f.txCh(), msg)
                : Mic.dataUplink10(s.keys.fNwkSIntKey(), s.devAddr, fCnt, msg);
        return FrameCodec.encode(frame.withMic(mic));
    }

    static MHdr mHdr(boolean confirmed) {
        return MHdr.of(confirmed ? MType.CONFIRMED_DATA_UP : MType.UNCONFIRMED_DATA_UP);
    }
}
