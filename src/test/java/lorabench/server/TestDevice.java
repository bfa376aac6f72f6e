// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import java.util.Optional;
import lorabench.lorawan.crypto.FCntKind;
import lorabench.lorawan.crypto.FOptsCipher;
import lorabench.lorawan.crypto.JoinAcceptCipher;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.PayloadCipher;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.EncryptedJoinAccept;
import lorabench.lorawan.frame.FCtrl;
import lorabench.lorawan.frame.FHdr;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.MHdr;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.frame.RejoinRequest;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.lorawan.types.NetId;
import lorabench.store.Device;

/// Plays an end-device with the protocol core: builds join-requests and uplinks, reads join-accepts and downlinks.
final class TestDevice {
    final Eui64 devEui;
    final MacVersion version;
    AesKey appKey;
    AesKey nwkKey;
    Eui64 joinEui = Eui64.parse("70B3D57ED0000001");
    DevAddr devAddr;
    lorabench.store.SessionKeys keys;
    DevNonce lastDevNonce;

    TestDevice(Eui64 devEui, MacVersion version) {
        this.devEui = devEui;
        this.version = version;
    }

    static TestDevice otaa(long eui, MacVersion v) {
        TestDevice d = new TestDevice(new Eui64(eui), v);
        d.appKey = AesKey.parse("2B7E151628AED2A6ABF7158809CF4F3C");
        d.nwkKey = AesKey.parse("000102030405060708090A0B0C0D0E0F");
        return d;
    }

    static TestDevice abp(long eui, MacVersion v, DevAddr addr, lorabench.store.SessionKeys keys) {
        TestDevice d = new TestDevice(new Eui64(eui), v);
        d.devAddr = addr;
        d.keys = keys;
        return d;
    }

    Device provisionOtaa(lorabench.lorawan.band.BandId band) {
        return Device.otaa(devEui, "dev-" + devEui, version, band, joinEui, appKey,
                version.is11() ? Optional.of(nwkKey) : Optional.empty());
    }

    Bytes joinRequest(int devNonce) {
        lastDevNonce = new DevNonce(devNonce);
        JoinRequest jr = new JoinRequest(MHdr.of(MType.JOIN_REQUEST), joinEui, devEui, lastDevNonce,
                Bytes.of(new byte[4]));
        AesKey k = version.is11() ? nwkKey : appKey;
        return FrameCodec.encode(jr.withMic(Mic.joinRequest(k, FrameCodec.micInput(jr))));
    }

    /// Decrypts and verifies a join-accept, then derives the session keys as the device does.
    JoinAccept acceptJoin(Bytes phy) throws MalformedFrameException {
        EncryptedJoinAccept enc = (EncryptedJoinAccept) FrameCodec.decode(phy);
        AesKey k = version.is11() ? nwkKey : appKey;
        JoinAccept ja = FrameCodec.decodeJoinAcceptPlaintext(enc.mHdr(), JoinAcceptCipher.decrypt(k, enc.encrypted()));
        Bytes mic = version.is11()
                ? Mic.joinAccept11(SessionKeys.jsIntKey(nwkKey, devEui), 0xFF, joinEui, lastDevNonce,
                        FrameCodec.micInput(ja))
                : Mic.joinAccept10(appKey, FrameCodec.micInput(ja));
        if (!mic.equals(ja.mic())) {
            throw new AssertionError("join-accept MIC does not verify");
        }
        devAddr = ja.devAddr();
        if (version.is11()) {
            var s = SessionKeys.derive11(appKey, nwkKey, ja.joinNonce(), joinEui, lastDevNonce);
            keys = new lorabench.store.SessionKeys(s.fNwkSIntKey(), s.sNwkSIntKey(), s.nwkSEncKey(), s.appSKey());
        } else {
            var s = SessionKeys.derive10(appKey, ja.joinNonce(), ja.netId(), lastDevNonce);
            keys = lorabench.store.SessionKeys.of10(s.nwkSKey(), s.appSKey());
        }
        return ja;
    }

    Bytes uplink(long fCnt32, int fPort, Bytes payload, boolean confirmed) {
        return uplink(fCnt32, Optional.of(fPort), payload, confirmed, false, Bytes.EMPTY, 0);
    }

    /// @param confFCnt 1.1: the FCnt of the confirmed downlink acknowledged
    Bytes uplink(long fCnt32, Optional<Integer> fPort, Bytes payload, boolean confirmed, boolean ack, Bytes fOpts,
            int confFCnt) {
        return uplink(fCnt32, fPort, payload, confirmed, ack, fOpts, confFCnt, false, false);
    }

    /// As above with the FCtrl ADR and ADRACKReq bits.
    Bytes uplink(long fCnt32, Optional<Integer> fPort, Bytes payload, boolean confirmed, boolean ack, Bytes fOpts,
            int confFCnt, boolean adr, boolean adrAckReq) {
        Bytes opts = version.is11() && !fOpts.isEmpty()
                ? FOptsCipher.apply(keys.nwkSEncKey(), FCntKind.F_CNT_UP, devAddr, fCnt32, fOpts) : fOpts;
        FHdr fHdr = FHdr.of(devAddr, FCtrl.uplink(adr, adrAckReq, ack, false, 0), (int) (fCnt32 & 0xFFFF), opts);
        MType t = confirmed ? MType.CONFIRMED_DATA_UP : MType.UNCONFIRMED_DATA_UP;
        DataFrame f = fPort.isPresent()
                ? DataFrame.of(t, fHdr, fPort.get(), PayloadCipher.encrypt(fPort.get() == 0 ? keys.nwkSEncKey()
                        : keys.appSKey().orElseThrow(), Direction.UPLINK, devAddr, fCnt32, payload), Bytes.of(new byte[4]))
                : DataFrame.withoutPort(t, fHdr, Bytes.of(new byte[4]));
        Bytes msg = FrameCodec.micInput(f);
        // EU868 DR5 on 868.1 MHz: channel 0
        Bytes mic = version.is11()
                ? Mic.dataUplink11(keys.fNwkSIntKey(), keys.sNwkSIntKey(), devAddr, fCnt32, confFCnt, 5, 0, msg)
                : Mic.dataUplink10(keys.fNwkSIntKey(), devAddr, fCnt32, msg);
        return FrameCodec.encode(f.withMic(mic));
    }

    /// {@return a type 0 or 2 rejoin-request} signed with the session's SNwkSIntKey (L2 1.1 §6.2.4.1)
    Bytes rejoin02(int type, NetId netId, int rjCount0) {
        lastDevNonce = new DevNonce(rjCount0);
        var r = new RejoinRequest.Type0Or2(MHdr.of(MType.REJOIN_REQUEST), type, netId, devEui, rjCount0,
                Bytes.of(new byte[4]));
        return FrameCodec.encode(r.withMic(Mic.rejoinRequest(keys.sNwkSIntKey(), FrameCodec.micInput(r))));
    }

    /// {@return a type 1 rejoin-request} signed with JSIntKey (L2 1.1 §6.2.4.2)
    Bytes rejoin1(int rjCount1) {
        lastDevNonce = new DevNonce(rjCount1);
        var r = new RejoinRequest.Type1(MHdr.of(MType.REJOIN_REQUEST), joinEui, devEui, rjCount1,
                Bytes.of(new byte[4]));
        return FrameCodec.encode(r.withMic(Mic.rejoinRequest(SessionKeys.jsIntKey(nwkKey, devEui),
                FrameCodec.micInput(r))));
    }

    /// Decrypts a join-accept answering a rejoin-request of `type` with JSEncKey, verifies its MIC under JSIntKey
    /// with JoinReqType = `type` and DevNonce = the RJcount, and derives the new keys as the device does.
    JoinAccept acceptRejoin(Bytes phy, int type) throws MalformedFrameException {
        EncryptedJoinAccept enc = (EncryptedJoinAccept) FrameCodec.decode(phy);
        JoinAccept ja = FrameCodec.decodeJoinAcceptPlaintext(enc.mHdr(),
                JoinAcceptCipher.decrypt(SessionKeys.jsEncKey(nwkKey, devEui), enc.encrypted()));
        Bytes mic = Mic.joinAccept11(SessionKeys.jsIntKey(nwkKey, devEui), type, joinEui, lastDevNonce,
                FrameCodec.micInput(ja));
        if (!mic.equals(ja.mic())) {
            throw new AssertionError("rejoin join-accept MIC does not verify under JSIntKey");
        }
        devAddr = ja.devAddr();
        var s = SessionKeys.derive11(appKey, nwkKey, ja.joinNonce(), joinEui, lastDevNonce);
        keys = new lorabench.store.SessionKeys(s.fNwkSIntKey(), s.sNwkSIntKey(), s.nwkSEncKey(), s.appSKey());
        return ja;
    }

    /// A decoded downlink with its plaintext.
    record Down(DataFrame frame, long fCnt, Bytes payload, Bytes fOptsPlain) {}

    /// Verifies and decrypts a downlink carrying `fCnt32` (NFCntDown/AFCntDown/FCntDown as the test expects).
    Down downlink(Bytes phy, long fCnt32, int confFCnt) throws MalformedFrameException {
        DataFrame f = (DataFrame) FrameCodec.decode(phy);
        Bytes msg = FrameCodec.micInput(f);
        Bytes mic = version.is11() ? Mic.dataDownlink11(keys.sNwkSIntKey(), devAddr, fCnt32, confFCnt, msg)
                : Mic.dataDownlink10(keys.fNwkSIntKey(), devAddr, fCnt32, msg);
        if (!mic.equals(f.mic())) {
            throw new AssertionError("downlink MIC does not verify with FCnt " + fCnt32);
        }
        int port = f.fPort().map(p -> p.value()).orElse(FCntKind.NO_FPORT);
        Bytes payload = f.fPort().isEmpty() ? Bytes.EMPTY : PayloadCipher.decrypt(port == 0 ? keys.nwkSEncKey()
                : keys.appSKey().orElseThrow(), Direction.DOWNLINK, devAddr, fCnt32, f.frmPayload());
        Bytes fOpts = version.is11() && !f.fHdr().fOpts().isEmpty()
                ? FOptsCipher.apply(keys.nwkSEncKey(), FCntKind.forFrame(Direction.DOWNLINK, port), devAddr, fCnt32,
                        f.fHdr().fOpts()) : f.fHdr().fOpts();
        return new Down(f, fCnt32, payload, fOpts);
    }
}
