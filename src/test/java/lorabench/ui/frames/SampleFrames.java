// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import lorabench.lorawan.crypto.JoinAcceptCipher;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.PayloadCipher;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.DlSettings;
import lorabench.lorawan.frame.FCtrl;
import lorabench.lorawan.frame.FHdr;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.MHdr;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.NetId;

/// A realistic LoRaWAN 1.0 exchange built with the crypto package: join-request, join-accept, uplinks with MAC
/// commands and application data, a downlink with LinkADRReq, and one frame with a broken MIC.
final class SampleFrames {
    static final AesKey APP_KEY = AesKey.parse("2B7E151628AED2A6ABF7158809CF4F3C");
    static final Eui64 JOIN_EUI = Eui64.parse("70B3D57ED0000001");
    static final Eui64 DEV_EUI = Eui64.parse("0004A30B001C0530");
    static final Eui64 GATEWAY = Eui64.parse("B827EBFFFE6C2A11");
    static final DevNonce DEV_NONCE = DevNonce.parse("3C5A");
    static final JoinNonce JOIN_NONCE = JoinNonce.parse("0A1B2C");
    static final NetId NET_ID = NetId.parse("000013");
    static final DevAddr DEV_ADDR = DevAddr.parse("26011BDA");
    static final SessionKeys.Keys10 SESSION = SessionKeys.derive10(APP_KEY, JOIN_NONCE, NET_ID, DEV_NONCE);
    static final DissectionKeys KEYS = DissectionKeys.of10(SESSION).withRootKey(APP_KEY)
            .withJoinRequest(joinRequestFrame());

    private SampleFrames() {}

    static JoinRequest joinRequestFrame() {
        JoinRequest unsigned = new JoinRequest(MHdr.of(MType.JOIN_REQUEST), JOIN_EUI, DEV_EUI, DEV_NONCE,
                Bytes.of(new byte[4]));
        return unsigned.withMic(Mic.joinRequest(APP_KEY, FrameCodec.micInput(unsigned)));
    }

    static Bytes joinRequest() {
        return FrameCodec.encode(joinRequestFrame());
    }

    static Bytes joinAccept() {
        JoinAccept plain = new JoinAccept(MHdr.of(MType.JOIN_ACCEPT), JOIN_NONCE, NET_ID, DEV_ADDR,
                new DlSettings(false, 1, 3), 1, Optional.empty(), Bytes.of(new byte[4]));
        JoinAccept signed = plain.withMic(Mic.joinAccept10(APP_KEY, FrameCodec.micInput(plain)));
        Bytes encrypted = JoinAcceptCipher.encrypt(APP_KEY, FrameCodec.encodeJoinAcceptPlaintext(signed));
        return Bytes.of((byte) signed.mHdr().toByte()).concat(encrypted);
    }

    /// {@return a signed 1.0 data frame}; `fOpts` in clear, `payload` encrypted here
    static Bytes data(MType type, int fCnt, List<MacCommand> fOpts, Optional<Integer> port, Bytes payload,
            boolean adr, boolean ack) {
        Direction dir = type.direction().orElseThrow();
        Bytes opts = MacCommandCodec.encode(fOpts);
        FCtrl ctrl = dir == Direction.UPLINK ? FCtrl.uplink(adr, false, ack, false, 0)
                : FCtrl.downlink(adr, ack, false, 0);
        FHdr fhdr = FHdr.of(DEV_ADDR, ctrl, fCnt, opts);
        Bytes zero = Bytes.of(new byte[4]);
        DataFrame frame = port.map(p -> DataFrame.of(type, fhdr, p,
                PayloadCipher.encrypt(p == 0 ? SESSION.nwkSKey() : SESSION.appSKey(), dir, DEV_ADDR, fCnt, payload), zero))
                .orElseGet(() -> DataFrame.withoutPort(type, fhdr, zero));
        Bytes msg = FrameCodec.micInput(frame);
        Bytes mic = dir == Direction.UPLINK ? Mic.dataUplink10(SESSION.nwkSKey(), DEV_ADDR, fCnt, msg)
                : Mic.dataDownlink10(SESSION.nwkSKey(), DEV_ADDR, fCnt, msg);
        return FrameCodec.encode(frame.withMic(mic));
    }

    static Bytes uplinkWithLinkCheck() {
        return data(MType.UNCONFIRMED_DATA_UP, 1, List.of(new MacCommand.LinkCheckReq()), Optional.of(10),
                Bytes.fromHex("48656C6C6F"), true, false);
    }

    /// {@return the captured exchange, one frame per second from `start`}
    static List<CapturedFrame> exchange(Instant start) {
        List<CapturedFrame> out = new ArrayList<>();
        out.add(up(start, 0, joinRequest(), -87, 7.5));
        out.add(down(start, 1, joinAccept()));
        out.add(up(start, 2, data(MType.UNCONFIRMED_DATA_UP, 0, List.of(), Optional.of(1), Bytes.fromHex("0167"),
                true, false), -91, 6.0));
        out.add(up(start, 3, uplinkWithLinkCheck(), -90, 5.25));
        out.add(down(start, 4, data(MType.UNCONFIRMED_DATA_DOWN, 0, List.of(new MacCommand.LinkCheckAns(12, 2),
                new MacCommand.LinkAdrReq(5, 1, 0x00FF, 0, 1)), Optional.empty(), Bytes.EMPTY, true, false)));
        out.add(up(start, 5, data(MType.CONFIRMED_DATA_UP, 2, List.of(), Optional.of(2),
                Bytes.fromHex("00FA1203"), true, false), -95, 1.5));
        out.add(down(start, 6, data(MType.UNCONFIRMED_DATA_DOWN, 1, List.of(), Optional.of(2), Bytes.fromHex("01"),
                true, true)));
        Bytes tampered = data(MType.UNCONFIRMED_DATA_UP, 3, List.of(), Optional.of(2), Bytes.fromHex("00FA1300"),
                true, false);
        byte[] t = tampered.toArray();
        t[t.length - 1] ^= 0x5A;
        out.add(up(start, 7, Bytes.of(t), -102, -3.0));
        return out;
    }

    private static CapturedFrame up(Instant start, int s, Bytes phy, double rssi, double snr) {
        return CapturedFrame.live(start.plusSeconds(s), Direction.UPLINK, phy)
                .withRadio(GATEWAY, 868_100_000L + 200_000L * (s % 3), "SF7BW125", rssi, snr).withKeys(KEYS);
    }

    private static CapturedFrame down(Instant start, int s, Bytes phy) {
        return new CapturedFrame(start.plusSeconds(s), Direction.DOWNLINK, Optional.of(GATEWAY), phy,
                OptionalLong.of(869_525_000L), Optional.of("SF9BW125"), OptionalDouble.empty(), OptionalDouble.empty(),
                Optional.empty(), Optional.of(DEV_EUI), Optional.of(KEYS), FrameOrigin.LIVE);
    }
}
