// SPDX-License-Identifier: Apache-2.0
package lorabench.sim;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.Bands;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.crypto.FCntKind;
import lorabench.lorawan.crypto.FCntReconstruction;
import lorabench.lorawan.crypto.FOptsCipher;
import lorabench.lorawan.crypto.JoinAcceptCipher;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.PayloadCipher;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.DlSettings;
import lorabench.lorawan.frame.EncryptedJoinAccept;
import lorabench.lorawan.frame.FCtrl;
import lorabench.lorawan.frame.FHdr;
import lorabench.lorawan.frame.FPort;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.MHdr;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.frame.PhyPayload;
import lorabench.lorawan.frame.RejoinRequest;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.MacVersion;
import lorabench.lorawan.types.NetId;
import lorabench.packetforwarder.CodingRate;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.DownlinkPath;
import lorabench.packetforwarder.GatewayListener;
import lorabench.packetforwarder.Rxpk;
import lorabench.packetforwarder.Stat;
import lorabench.packetforwarder.TxAckError;
import lorabench.packetforwarder.Txpk;

/// A minimal network server for the simulator's tests, written from the spec with the protocol core: answers
/// join-requests, checks and opens uplinks, and sends the downlinks a test queues at the time the test chooses.
final class TestNetworkServer implements GatewayListener {
    static final NetId NET_ID = new NetId(0x000013);

    /// A device the server knows.
    static final class Session {
        Eui64 devEui;
        AesKey appKey;
        AesKey nwkKey;
        MacVersion version;
        DevAddr devAddr;
        SessionKeys.Keys11 keys;
        long fCntUp = FCntReconstruction.NONE;
        long nFCntDown;
        long aFCntDown;
        long lastConfirmedUp = -1;
        final Deque<Downlink> queue = new ArrayDeque<>();
    }

    /// A downlink to send after the next uplink: `delayMicros` after its tmst, or at `frequency`/`datr` given.
    record Downlink(Optional<Integer> fPort, Bytes payload, boolean confirmed, List<MacCommand> mac, long delayMicros,
            long frequency, Datr.LoRa datr) {}

    /// An uplink the server accepted.
    record Uplink(Eui64 gateway, DevAddr devAddr, long fCnt, DataFrame frame, Optional<Integer> fPort, Bytes payload,
            List<MacCommand> mac, Rxpk rxpk) {}

    record JoinSeen(Eui64 devEui, int devNonce, Rxpk rxpk) {}

    /// A rejoin-request heard (never answered) and whether its MIC verified under the session's SNwkSIntKey.
    record RejoinSeen(RejoinRequest request, boolean micValid, Rxpk rxpk, Instant receivedAt) {}

    final Band band = Bands.lookup(BandId.EU868);
    DownlinkPath path;
    final Map<Eui64, Session> byEui = new HashMap<>();
    final Map<DevAddr, Session> byAddr = new HashMap<>();
    final List<Uplink> uplinks = new ArrayList<>();
    final List<JoinSeen> joins = new ArrayList<>();
    final List<RejoinSeen> rejoins = new ArrayList<>();
    final List<Stat> stats = new ArrayList<>();
    final List<Optional<TxAckError>> txAcks = new ArrayList<>();
    boolean answerJoins = true;
    boolean ackConfirmed = true;
    boolean optNeg = true;
    int nextJoinNonce = 1;
    int nextDevAddr = 0x26000001;
    /// Set to send RX1 answers later (wrong timing tests).
    long joinDelayMicros = 5_000_000;

    Session provision(Eui64 devEui, AesKey appKey, AesKey nwkKey, MacVersion version) {
        Session s = new Session();
        s.devEui = devEui;
        s.appKey = appKey;
        s.nwkKey = nwkKey;
        s.version = version;
        byEui.put(devEui, s);
        return s;
    }

    Session provisionAbp(Eui64 devEui, DevAddr addr, SessionKeys.Keys11 keys, MacVersion version) {
        Session s = provision(devEui, keys.appSKey(), keys.appSKey(), version);
        s.devAddr = addr;
        s.keys = keys;
        byAddr.put(addr, s);
        return s;
    }

    /// Queues a downlink in RX1 (1 s after the uplink, same frequency and data rate).
    void queueRx1(Session s, Optional<Integer> fPort, Bytes payload, boolean confirmed, List<MacCommand> mac) {
        s.queue.add(new Downlink(fPort, payload, confirmed, mac, 1_000_000, 0, null));
    }

    void queue(Session s, Downlink d) {
        s.queue.add(d);
    }

    @Override
    public void onStat(Eui64 gateway, Stat stat, Instant receivedAt) {
        stats.add(stat);
    }

    @Override
    public void onTxAck(Eui64 gateway, int token, Optional<TxAckError> error, Instant receivedAt) {
        txAcks.add(error);
    }

    @Override
    public void onRxpk(Eui64 gateway, Rxpk rxpk, Instant receivedAt) {
        PhyPayload p;
        try {
            p = FrameCodec.decode(rxpk.data());
        } catch (Exception e) {
            return;
        }
        switch (p) {
            case JoinRequest jr -> join(gateway, jr, rxpk);
            case DataFrame d -> data(gateway, d, rxpk);
            case RejoinRequest r -> {
                Session s = byEui.get(r.devEui());
                boolean micOk = s != null && s.keys != null && Mic.rejoinRequest(s.keys.sNwkSIntKey(),
                        FrameCodec.micInput(r)).equals(r.mic());
                rejoins.add(new RejoinSeen(r, micOk, rxpk, receivedAt));
            }
            default -> { }
        }
    }

    private void join(Eui64 gateway, JoinRequest jr, Rxpk rxpk) {
        Session s = byEui.get(jr.devEui());
        if (s == null) {
            return;
        }
        AesKey micKey = s.version.is11() ? s.nwkKey : s.appKey;
        if (!Mic.joinRequest(micKey, FrameCodec.micInput(jr)).equals(jr.mic())) {
            return;
        }
        joins.add(new JoinSeen(jr.devEui(), jr.devNonce().value(), rxpk));
        if (!answerJoins) {
            return;
        }
        JoinNonce jn = new JoinNonce(nextJoinNonce++);
        DevAddr addr = new DevAddr(nextDevAddr++);
        boolean neg = s.version.is11() && optNeg;
        JoinAccept ja = new JoinAccept(MHdr.of(MType.JOIN_ACCEPT), jn, NET_ID, addr, new DlSettings(neg, 0, 0), 1,
                Optional.empty(), Bytes.of(new byte[4]));
        Bytes mic;
        if (neg) {
            mic = Mic.joinAccept11(SessionKeys.jsIntKey(s.nwkKey, s.devEui), 0xFF, jr.joinEui(), jr.devNonce(),
                    FrameCodec.micInput(ja));
            s.keys = SessionKeys.derive11(s.appKey, s.nwkKey, jn, jr.joinEui(), jr.devNonce());
        } else if (s.version.is11()) {
            mic = Mic.joinAccept10(s.nwkKey, FrameCodec.micInput(ja));
            s.keys = SessionKeys.derive11OptNegUnset(s.nwkKey, jn, NET_ID, jr.devNonce());
        } else {
            mic = Mic.joinAccept10(s.appKey, FrameCodec.micInput(ja));
            s.keys = SessionKeys.derive10(s.appKey, jn, NET_ID, jr.devNonce()).asKeys11();
        }
        ja = ja.withMic(mic);
        AesKey encKey = s.version.is11() ? s.nwkKey : s.appKey;
        Bytes enc = JoinAcceptCipher.encrypt(encKey, FrameCodec.encodeJoinAcceptPlaintext(ja));
        Bytes phy = FrameCodec.encode(new EncryptedJoinAccept(ja.mHdr(), enc));
        if (s.devAddr != null) {
            byAddr.remove(s.devAddr);
        }
        s.devAddr = addr;
        s.fCntUp = FCntReconstruction.NONE;
        s.nFCntDown = 0;
        s.aFCntDown = 0;
        byAddr.put(addr, s);
        send(gateway, Txpk.loRaAt((rxpk.tmst() + joinDelayMicros) & 0xFFFFFFFFL, rxpk.frequency(), 14,
                (Datr.LoRa) rxpk.datr(), CodingRate.CR_4_5, phy));
    }

    private void data(Eui64 gateway, DataFrame f, Rxpk rxpk) {
        Session s = byAddr.get(f.fHdr().devAddr());
        if (s == null || f.direction() != Direction.UPLINK) {
            return;
        }
        long fCnt = FCntReconstruction.full32(s.fCntUp, f.fHdr().fCnt());
        Bytes msg = FrameCodec.micInput(f);
        Bytes expected;
        if (s.version.is11()) {
            int txDr = band.dataRateIndex(rxpk.datr().toString(), Direction.UPLINK).orElseThrow();
            int txCh = band.channelForUplinkFrequency(rxpk.frequency()).orElse(0);
            int conf = f.fHdr().fCtrl().ack() ? (int) (lastConfirmedDownFCnt & 0xFFFF) : 0;
            expected = Mic.dataUplink11(s.keys.fNwkSIntKey(), s.keys.sNwkSIntKey(), s.devAddr, fCnt, conf, txDr, txCh,
                    msg);
        } else {
            expected = Mic.dataUplink10(s.keys.fNwkSIntKey(), s.devAddr, fCnt, msg);
        }
        if (!expected.equals(f.mic())) {
            return;
        }
        boolean retransmission = fCnt == s.fCntUp;
        s.fCntUp = fCnt;
        Optional<Integer> port = f.fPort().map(FPort::value);
        Bytes fOpts = f.fHdr().fOpts();
        if (s.version.is11() && !fOpts.isEmpty()) {
            fOpts = FOptsCipher.apply(s.keys.nwkSEncKey(), FCntKind.F_CNT_UP, s.devAddr, fCnt, fOpts);
        }
        List<MacCommand> mac;
        Bytes payload = Bytes.EMPTY;
        try {
            if (port.isPresent() && port.get() == 0) {
                mac = MacCommandCodec.decode(Direction.UPLINK, PayloadCipher.decrypt(s.keys.nwkSEncKey(),
                        Direction.UPLINK, s.devAddr, fCnt, f.frmPayload()));
            } else {
                mac = MacCommandCodec.decode(Direction.UPLINK, fOpts);
                if (port.isPresent()) {
                    payload = PayloadCipher.decrypt(s.keys.appSKey(), Direction.UPLINK, s.devAddr, fCnt,
                            f.frmPayload());
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        uplinks.add(new Uplink(gateway, s.devAddr, fCnt, f, port, payload, mac, rxpk));
        if (f.confirmed()) {
            s.lastConfirmedUp = fCnt;
        }
        Downlink d = retransmission ? null : s.queue.poll();
        if (d == null && f.confirmed() && ackConfirmed) {
            d = new Downlink(Optional.empty(), Bytes.EMPTY, false, List.of(), 1_000_000, 0, null);
        }
        if (d != null) {
            sendDown(gateway, s, d, rxpk, f.confirmed() && ackConfirmed);
        }
    }

    private long lastConfirmedDownFCnt = -1;

    /// Builds and sends a data downlink.
    Bytes buildDown(Session s, Downlink d, boolean ack) {
        boolean appPort = d.fPort().isPresent() && d.fPort().get() > 0;
        long fCnt = s.version.is11() && appPort ? s.aFCntDown++ : s.nFCntDown++;
        if (!s.version.is11()) {
            s.aFCntDown = s.nFCntDown;
        }
        FCntKind kind = s.version.is11() ? FCntKind.forFrame(Direction.DOWNLINK, d.fPort().orElse(FCntKind.NO_FPORT))
                : FCntKind.N_F_CNT_DOWN;
        boolean macInPayload = d.fPort().isPresent() && d.fPort().get() == 0;
        Bytes fOpts = macInPayload ? Bytes.EMPTY : MacCommandCodec.encode(d.mac());
        if (s.version.is11() && !fOpts.isEmpty()) {
            fOpts = FOptsCipher.apply(s.keys.nwkSEncKey(), kind, s.devAddr, fCnt, fOpts);
        }
        FHdr h = FHdr.of(s.devAddr, FCtrl.downlink(false, ack, false, 0), (int) (fCnt & 0xFFFF), fOpts);
        MType type = d.confirmed() ? MType.CONFIRMED_DATA_DOWN : MType.UNCONFIRMED_DATA_DOWN;
        Bytes zero = Bytes.of(new byte[4]);
        DataFrame f;
        if (d.fPort().isEmpty()) {
            f = DataFrame.withoutPort(type, h, zero);
        } else {
            Bytes plain = macInPayload ? MacCommandCodec.encode(d.mac()) : d.payload();
            AesKey k = macInPayload ? s.keys.nwkSEncKey() : s.keys.appSKey();
            f = DataFrame.of(type, h, d.fPort().get(), PayloadCipher.encrypt(k, Direction.DOWNLINK, s.devAddr, fCnt,
                    plain), zero);
        }
        Bytes msg = FrameCodec.micInput(f);
        Bytes mic = s.version.is11()
                ? Mic.dataDownlink11(s.keys.sNwkSIntKey(), s.devAddr, fCnt, ack ? (int) (s.lastConfirmedUp & 0xFFFF) : 0,
                        msg)
                : Mic.dataDownlink10(s.keys.fNwkSIntKey(), s.devAddr, fCnt, msg);
        if (d.confirmed()) {
            lastConfirmedDownFCnt = fCnt;
        }
        return FrameCodec.encode(f.withMic(mic));
    }

    private void sendDown(Eui64 gateway, Session s, Downlink d, Rxpk rxpk, boolean ack) {
        Bytes phy = buildDown(s, d, ack);
        long freq = d.frequency() > 0 ? d.frequency() : rxpk.frequency();
        Datr.LoRa datr = d.datr() != null ? d.datr() : (Datr.LoRa) rxpk.datr();
        send(gateway, Txpk.loRaAt((rxpk.tmst() + d.delayMicros()) & 0xFFFFFFFFL, freq, 14, datr, CodingRate.CR_4_5,
                phy));
    }

    void send(Eui64 gateway, Txpk txpk) {
        path.sendPullResp(gateway, txpk);
    }

    List<Uplink> uplinksOf(DevAddr a) {
        return uplinks.stream().filter(u -> u.devAddr().equals(a)).toList();
    }
}
