// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.crypto.FCntKind;
import lorabench.lorawan.crypto.FOptsCipher;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.PayloadCipher;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.FCtrl;
import lorabench.lorawan.frame.FHdr;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.MacVersion;
import lorabench.store.SessionKeys;

/// Builds an encrypted, signed data downlink (LoRaWAN L2 1.0.4 §4; L2 1.1 §4 with the FOpts erratum).
///
/// Keys: FRMPayload on FPort 0 under NwkSEncKey (NwkSKey in 1.0), on FPort > 0 under AppSKey; 1.1 FOpts under
/// NwkSEncKey with the counter the frame carries ([FCntKind#forFrame]). MIC: 1.0 `cmac(NwkSKey, B0 | msg)`,
/// 1.1 `cmac(SNwkSIntKey, B0 | msg)` whose B0 carries ConfFCnt, the counter of the confirmed uplink being
/// acknowledged (0 when ACK is unset).
public final class DataDownlinkBuilder {
    private DataDownlinkBuilder() {}

    /// What goes into one downlink; FOpts and FRMPayload in plaintext.
    ///
    /// @param fCnt32    NFCntDown, AFCntDown (1.1, FPort > 0) or FCntDown (1.0)
    /// @param confFCnt  the FCnt (mod 2^16) of the confirmed uplink acknowledged, 0 when `ack` is false
    public record Spec(DevAddr devAddr, MacVersion version, SessionKeys keys, boolean confirmed, boolean ack,
            boolean fPending, boolean adr, long fCnt32, int confFCnt, Bytes fOpts, Optional<Integer> fPort,
            Bytes frmPayload) {
        public Spec {
            Objects.requireNonNull(devAddr, "devAddr");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(keys, "keys");
            Objects.requireNonNull(fOpts, "fOpts");
            Objects.requireNonNull(fPort, "fPort");
            Objects.requireNonNull(frmPayload, "frmPayload");
            if (fOpts.size() > FOptsCipher.MAX_LENGTH) {
                throw new IllegalArgumentException("FOpts hold at most 15 bytes, got " + fOpts.size());
            }
        }
    }

    /// {@return the PHYPayload}
    public static Bytes build(Spec s) {
        int port = s.fPort().orElse(FCntKind.NO_FPORT);
        Bytes fOpts = s.fOpts();
        if (s.version().is11() && !fOpts.isEmpty()) {
            fOpts = FOptsCipher.apply(s.keys().nwkSEncKey(), FCntKind.forFrame(Direction.DOWNLINK, port), s.devAddr(),
                    s.fCnt32(), fOpts);
        }
        FHdr fHdr = FHdr.of(s.devAddr(), FCtrl.downlink(s.adr(), s.ack(), s.fPending(), 0), (int) (s.fCnt32() & 0xFFFF),
                fOpts);
        MType type = s.confirmed() ? MType.CONFIRMED_DATA_DOWN : MType.UNCONFIRMED_DATA_DOWN;
        Bytes noMic = Bytes.of(new byte[4]);
        DataFrame frame;
        if (s.fPort().isPresent()) {
            // NOTE: when the application holds the AppSKey its payload arrives encrypted and goes out unchanged.
            Bytes enc = port == 0 ? PayloadCipher.encrypt(s.keys().nwkSEncKey(), Direction.DOWNLINK, s.devAddr(),
                    s.fCnt32(), s.frmPayload())
                    : s.keys().appSKey().map(k -> PayloadCipher.encrypt(k, Direction.DOWNLINK, s.devAddr(),
                            s.fCnt32(), s.frmPayload())).orElse(s.frmPayload());
            frame = DataFrame.of(type, fHdr, port, enc, noMic);
        } else {
            frame = DataFrame.withoutPort(type, fHdr, noMic);
        }
        Bytes msg = FrameCodec.micInput(frame);
        Bytes mic = s.version().is11()
                ? Mic.dataDownlink11(s.keys().sNwkSIntKey(), s.devAddr(), s.fCnt32(), s.confFCnt(), msg)
                : Mic.dataDownlink10(s.keys().fNwkSIntKey(), s.devAddr(), s.fCnt32(), msg);
        return FrameCodec.encode(frame.withMic(mic));
    }
}
