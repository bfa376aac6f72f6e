// SPDX-License-Identifier: Apache-2.0
package lorabench.server.uplink;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.types.Direction;
import lorabench.server.event.Reception;
import lorabench.server.gateway.UplinkFrame;
import lorabench.server.mac.MacState;
import lorabench.server.session.DeviceContext;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSession;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.Downlink;
import lorabench.store.DownlinkRepository;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;
import lorabench.store.GatewayRx;
import lorabench.store.LogEvent;
import lorabench.store.PushStatus;
import lorabench.store.SessionLogEntry;
import lorabench.store.SessionLogRepository;
import lorabench.store.Tx;
import lorabench.store.Uplink;
import lorabench.store.UplinkRepository;

/// The durable part of accepting an uplink, one [lorabench.store.BatchingWriter] item per de-duplicated frame, so
/// many frames share one commit: FCntUp compare-and-set (a loser is a replay), the uplink row, one session-log
/// row per gateway copy, the new MAC state, the device's last radio contact, and the fate of confirmed downlinks
/// waiting for an ACK: ACKNOWLEDGED when this uplink has the ACK bit, NOT_ACKNOWLEDGED when it has not (the device
/// answers a confirmed downlink in its next uplink, L2 1.0.4 §4.3.1.2, so a missing ACK there is final).
///
/// The work touches nothing but the database through its [Tx]: it may run twice, the first run rolled back.
public final class UplinkCommit {
    /// What to store: `ctx` is the context the frame was matched against, `after` the context once it is stored
    /// (next FCntUp, confirmed FCnt, MAC state), and `macJson` the MAC state of `after` as stored text, present
    /// when it differs from the one of `ctx`.
    public record Input(UplinkFrame uplink, DataFrame frame, DeviceContext ctx, DeviceContext after, long fCnt32,
            boolean counterReset, int dataRate, MacExtraction plain, Optional<String> macJson) {}

    /// A confirmed downlink resolved by this uplink.
    public record AckChange(Downlink downlink, DownlinkStatus to) {}

    /// What was stored; `context` is the device context after the uplink.
    public record Committed(long uplinkId, DeviceContext context, List<AckChange> ackChanges) {}

    private final DeviceRepository devices;
    private final DeviceSessionRepository sessions;
    private final UplinkRepository uplinks;
    private final SessionLogRepository log;
    private final DownlinkRepository downlinks;

    public UplinkCommit(DeviceRepository devices, DeviceSessionRepository sessions, UplinkRepository uplinks,
            SessionLogRepository log, DownlinkRepository downlinks) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.uplinks = Objects.requireNonNull(uplinks, "uplinks");
        this.log = Objects.requireNonNull(log, "log");
        this.downlinks = Objects.requireNonNull(downlinks, "downlinks");
    }

    /// {@return the context `in.after()` for an uplink matched against `ctx`}: the counter moves past `fCnt32`,
    /// a confirmed uplink's counter is remembered, and the MAC state becomes `newMac`
    public static DeviceContext after(DeviceContext ctx, DataFrame frame, long fCnt32, MacState newMac,
            String macJson) {
        DeviceSession s = ctx.session();
        DeviceSession next = new DeviceSession(s.devEui(), s.devAddr(), s.macVersion(), s.keys(), fCnt32 + 1,
                s.nFCntDown(), s.aFCntDown(), frame.confirmed() ? fCnt32 : s.confFCnt(), macJson,
                s.pendingMacCommands(), s.created(), s.updated());
        return ctx.withSession(next, newMac);
    }

    /// {@return what was stored}, empty when the session's counter was no longer the one `in.ctx()` expects (another
    /// copy advanced it first, or the session changed): nothing is written then
    public Optional<Committed> apply(Tx tx, Input in) {
        DeviceSession s = in.ctx().session();
        var devEui = s.devEui();
        Optional<Long> conf = in.frame().confirmed() ? Optional.of(in.fCnt32()) : Optional.empty();
        if (!sessions.acceptUplink(tx, devEui, s.fCntUp(), in.fCnt32() + 1, conf, in.macJson())) {
            return Optional.empty();
        }
        UplinkFrame u = in.uplink();
        Reception best = u.best();
        List<GatewayRx> rx = new ArrayList<>(u.receptions().size());
        for (Reception r : u.receptions()) {
            rx.add(new GatewayRx(r.gateway(), r.rssi(), r.snr(), r.tmst(), r.channel(), r.rfChain()));
        }
        Uplink stored = uplinks.insert(tx, new Uplink(0, devEui, s.devAddr(), u.receivedAt(), in.fCnt32(),
                in.frame().fPort().map(p -> p.value()), in.frame().confirmed(), in.plain().payload(), u.phyPayload(),
                best.frequencyHz(), best.dataRate(), rx, PushStatus.PENDING));
        log.insertAll(tx, rows(u, in.frame(), s, in.fCnt32(), in.plain(), Optional.empty()));
        devices.recordSeen(tx, devEui, u.receivedAt(), best.rssi(), best.snr());
        List<AckChange> acks = new ArrayList<>();
        boolean ackBit = in.frame().fHdr().fCtrl().ack();
        for (Downlink d : downlinks.awaitingAck(tx, new DownlinkTarget.Device(devEui)).reversed()) {
            DownlinkStatus to = ackBit ? DownlinkStatus.ACKNOWLEDGED : DownlinkStatus.NOT_ACKNOWLEDGED;
            if (downlinks.transition(tx, d.id(), DownlinkStatus.SENT, to, Optional.empty())) {
                acks.add(new AckChange(d, to));
            }
            ackBit = false; // one ACK acknowledges the most recent confirmed downlink only
        }
        return Optional.of(new Committed(stored.id(), in.after(), acks));
    }

    /// Writes the session-log rows of a retransmission (not stored as an uplink again). {@return whether the
    /// session's counter is past `fCnt32`}, i.e. the frame it repeats is stored (false when that commit failed)
    public boolean logRetransmission(Tx tx, UplinkFrame u, DataFrame frame, DeviceContext ctx, long fCnt32,
            MacExtraction plain) {
        log.insertAll(tx, rows(u, frame, ctx.session(), fCnt32, plain, Optional.of("retransmission")));
        return sessions.find(tx, ctx.session().devEui()).filter(s -> s.fCntUp() > fCnt32).isPresent();
    }

    private static List<SessionLogEntry> rows(UplinkFrame u, DataFrame frame, DeviceSession s, long fCnt32,
            MacExtraction plain, Optional<String> reason) {
        List<SessionLogEntry> rows = new ArrayList<>(u.receptions().size());
        for (Reception r : u.receptions()) {
            rows.add(SessionLogEntry.of(u.receivedAt(), Direction.UPLINK, frame.mHdr().mType().specName(),
                            u.phyPayload(), r.frequencyHz(), r.dataRate(), LogEvent.UPLINK)
                    .withGateway(r.gateway(), Optional.of(r.rssi()), Optional.of(r.snr()))
                    .withDevice(Optional.of(s.devEui()), Optional.of(s.devAddr()))
                    .withFrame(Optional.of(fCnt32), frame.fPort().map(p -> p.value()),
                            Optional.of(plain.payload()), Optional.of(true))
                    .withReason(reason));
        }
        return rows;
    }
}
