// SPDX-License-Identifier: Apache-2.0
package lorabench.server.join;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.frame.DlSettings;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.frame.RejoinRequest;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.JoinNonce;
import lorabench.server.downlink.DownlinkSender;
import lorabench.server.downlink.Transmission;
import lorabench.server.downlink.TxWindow;
import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvent.JoinRejectReason;
import lorabench.server.event.ServerEvents;
import lorabench.server.gateway.UplinkFrame;
import lorabench.server.mac.MacState;
import lorabench.server.session.MacStates;
import lorabench.store.BatchingWriter;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSession;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.JoinStateRepository;
import lorabench.store.LogEvent;
import lorabench.store.RejoinCounterRepository;
import lorabench.store.SessionLogEntry;
import lorabench.store.SessionLogRepository;
import lorabench.store.Tx;

/// Rejoin-requests of LoRaWAN 1.1 devices (L2 1.1 §6.2.4), answered with a join-accept whose JoinReqType is the
/// rejoin type and whose DevNonce is the request's RJcount, signed with JSIntKey and encrypted with JSEncKey
/// (§6.2.3, [JoinAcceptBuilder#build11]); the new session keys are derived with RJcount as DevNonce:
/// - type 0 (reset context): MIC under the session's SNwkSIntKey; a new DevAddr, the radio parameters back to the
///   join defaults (with the CFList).
/// - type 2 (rekey): MIC under SNwkSIntKey; DevAddr and radio parameters are kept (§6.2.4.2), no CFList.
/// - type 1 (lost context): MIC under JSIntKey; the JoinEUI must be the device's; handled like a join (new DevAddr).
///
/// Replay protection is durable ([RejoinCounterRepository], checked and recorded in the commit that creates the
/// session): RJcount0 (types 0 and 2) must exceed the last one accepted since the last join-accept, RJcount1 the
/// last one accepted for the device. Each accepted request writes a `join-request` session-log row (m_type
/// `RejoinRequest`), each refused one a `rejected` row with the reason and a [ServerEvent.JoinRejected].
///
/// Limit: the previous session is replaced at once; a device that misses the join-accept must rejoin again with
/// type 1 (L2 1.1 lets a network keep the old context until the first uplink of the new one).
public final class RejoinServer {
    private final DeviceRepository devices;
    private final DeviceSessionRepository sessions;
    private final JoinStateRepository joinStates;
    private final RejoinCounterRepository counters;
    private final SessionLogRepository log;
    private final BatchingWriter writer;
    private final DevAddrAllocator allocator;
    private final JoinSettings settings;
    private final DownlinkSender sender;
    private final ServerEvents events;
    private final TaskScheduler clock;
    private final Executor work;

    public RejoinServer(DeviceRepository devices, DeviceSessionRepository sessions, JoinStateRepository joinStates,
            RejoinCounterRepository counters, SessionLogRepository log, BatchingWriter writer,
            DevAddrAllocator allocator, JoinSettings settings, DownlinkSender sender, ServerEvents events,
            TaskScheduler clock, Executor work) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.joinStates = Objects.requireNonNull(joinStates, "joinStates");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.log = Objects.requireNonNull(log, "log");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.allocator = Objects.requireNonNull(allocator, "allocator");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.work = Objects.requireNonNull(work, "work");
    }

    /// What one request asks for once checked.
    private record Plan(Device device, Eui64 joinEui, DevAddr devAddr, MacState mac, Optional<CfLists.CfList> cfList,
            int rx2Dr, Band band) {}

    /// Handles one de-duplicated rejoin-request. {@return its outcome}, after the commit
    public CompletableFuture<JoinOutcome> onRejoinRequest(UplinkFrame frame, RejoinRequest r) {
        Eui64 devEui = r.devEui();
        Optional<Device> found = devices.find(devEui);
        Eui64 joinEui = found.flatMap(Device::joinEui).orElse(new Eui64(0));
        if (found.isEmpty() || found.get().nwkKey().isEmpty() || !found.get().macVersion().is11()) {
            return reject(frame, r, joinEui, JoinRejectReason.UNKNOWN_DEVEUI, "no LoRaWAN 1.1 OTAA device " + devEui);
        }
        Device d = found.get();
        if (r instanceof RejoinRequest.Type1 t1 && !t1.joinEui().equals(joinEui)) {
            return reject(frame, r, joinEui, JoinRejectReason.JOINEUI_MISMATCH, "JoinEUI " + t1.joinEui()
                    + " is not the device's " + joinEui);
        }
        Optional<DeviceSession> session = sessions.find(devEui);
        var msg = FrameCodec.micInput(r);
        boolean micOk;
        if (r.rejoinType() == 1) {
            micOk = Mic.rejoinRequest(SessionKeys.jsIntKey(d.nwkKey().get(), devEui), msg).constantTimeEquals(r.mic());
        } else if (session.isEmpty()) {
            return reject(frame, r, joinEui, JoinRejectReason.NO_SESSION, "a type " + r.rejoinType()
                    + " rejoin-request needs a session");
        } else {
            micOk = Mic.rejoinRequest(session.get().keys().sNwkSIntKey(), msg).constantTimeEquals(r.mic());
        }
        if (!micOk) {
            return reject(frame, r, joinEui, JoinRejectReason.BAD_MIC, "the type " + r.rejoinType()
                    + " rejoin-request MIC does not verify under " + (r.rejoinType() == 1 ? "JSIntKey"
                    : "SNwkSIntKey"));
        }
        Plan plan = plan(r, d, joinEui, session);
        return writer.submit(tx -> commit(tx, frame, r, plan)).handleAsync((joinNonce, e) -> {
            if (e != null) {
                return rejectNow(frame, r, joinEui, JoinRejectReason.STORE_FAILED, e.getMessage());
            }
            if (joinNonce.isEmpty()) {
                int counter = RejoinCounterRepository.counterOf(r.rejoinType());
                return rejectNow(frame, r, joinEui, JoinRejectReason.REJOIN_REPLAY, "RJcount" + counter + " "
                        + r.rjCount() + " is not above the last accepted "
                        + counters.last(devEui, counter).map(String::valueOf).orElse("one"));
            }
            answer(frame, r, plan, joinNonce.get());
            return (JoinOutcome) new JoinOutcome.Accepted(devEui, plan.devAddr());
        }, work);
    }

    private Plan plan(RejoinRequest r, Device d, Eui64 joinEui, Optional<DeviceSession> session) {
        Band band = d.band();
        int rx2Dr = settings.rx2DataRate().orElse(band.rx2().dataRate());
        if (r.rejoinType() == 2) {
            MacState kept = MacStates.of(session.orElseThrow(), band).withPendingRequests(
                    lorabench.lorawan.types.Bytes.EMPTY);
            return new Plan(d, joinEui, session.get().devAddr(), kept, Optional.empty(), kept.rx2DataRate(), band);
        }
        Optional<CfLists.CfList> cfList = CfLists.of(band, settings.subBand());
        MacState mac = MacState.afterJoin(band, settings.rx1DrOffset(), rx2Dr, settings.rxDelaySeconds(),
                cfList.map(CfLists.CfList::addedChannels).orElse(List.of()));
        return new Plan(d, joinEui, allocator.allocate(), mac, cfList, rx2Dr, band);
    }

    private Optional<JoinNonce> commit(Tx tx, UplinkFrame frame, RejoinRequest r, Plan p) {
        Eui64 devEui = r.devEui();
        if (!counters.accept(tx, devEui, RejoinCounterRepository.counterOf(r.rejoinType()), r.rjCount())) {
            return Optional.empty();
        }
        JoinNonce joinNonce = joinStates.nextJoinNonce(tx, devEui, p.joinEui());
        Device d = p.device();
        sessions.save(tx, DeviceSession.start(devEui, p.devAddr(), d.macVersion(), JoinKeys.of(d, joinNonce,
                settings.netId(), p.joinEui(), new DevNonce(r.rjCount())), MacStates.json(p.mac())));
        counters.resetRjCount0(tx, devEui); // the device restarts RJcount0 with this join-accept
        log.insertAll(tx, List.of(row(frame, r, LogEvent.JOIN_REQUEST, Optional.of(true), Optional.empty())));
        return Optional.of(joinNonce);
    }

    private void answer(UplinkFrame frame, RejoinRequest r, Plan p, JoinNonce joinNonce) {
        Device d = p.device();
        DevNonce nonce = new DevNonce(r.rjCount());
        MacState m = p.mac();
        var fields = new JoinAcceptBuilder.Fields(joinNonce, settings.netId(), p.devAddr(),
                new DlSettings(true, m.rx1DrOffset(), p.rx2Dr()), m.rxDelaySeconds(),
                p.cfList().map(CfLists.CfList::bytes));
        if (d.appKey().isEmpty()) {
            events.publish(new ServerEvent.JoinForwarded(clock.instant(), d.devEui(), p.joinEui(), p.devAddr(),
                    frame.phyPayload(), JoinAcceptBuilder.clear(fields)));
        }
        events.publish(new ServerEvent.JoinAccepted(clock.instant(), d.devEui(), p.joinEui(), p.devAddr(),
                d.macVersion(), nonce, frame.phyPayload(), frame.receptions()));
        var phy = JoinAcceptBuilder.build11(d.nwkKey().orElseThrow(), d.devEui(), p.joinEui(), r.rejoinType(), nonce,
                fields);
        Band band = p.band();
        Reception best = frame.best();
        int delay = (int) band.timing().joinAcceptDelay1().toSeconds();
        int upDr = band.dataRateIndex(best.dataRate(), Direction.UPLINK).orElse(0);
        List<TxWindow> windows = new ArrayList<>(2);
        TxWindow.rx1(band, best, upDr, 0, delay).ifPresent(windows::add);
        TxWindow.rx2(band, best, band.rx2().dataRate(), band.rx2().frequencyHz(), delay).ifPresent(windows::add);
        if (!windows.isEmpty()) {
            sender.send(new Transmission(phy, windows, Optional.of(d.devEui()), Optional.empty(),
                    MType.JOIN_ACCEPT.specName(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty()));
        }
    }

    private CompletableFuture<JoinOutcome> reject(UplinkFrame frame, RejoinRequest r, Eui64 joinEui,
            JoinRejectReason reason, String detail) {
        return CompletableFuture.completedFuture(rejectNow(frame, r, joinEui, reason, detail));
    }

    private JoinOutcome rejectNow(UplinkFrame frame, RejoinRequest r, Eui64 joinEui, JoinRejectReason reason,
            String detail) {
        Optional<Boolean> micValid = reason == JoinRejectReason.BAD_MIC ? Optional.of(false)
                : reason == JoinRejectReason.REJOIN_REPLAY ? Optional.of(true) : Optional.empty();
        SessionLogEntry e = row(frame, r, LogEvent.REJECTED, micValid,
                Optional.of(reason.name().toLowerCase(Locale.ROOT) + ": " + detail));
        writer.execute(tx -> log.insert(tx, e)); // queued before the event, so it is written once the event is seen
        events.publish(new ServerEvent.JoinRejected(clock.instant(), r.devEui(), joinEui, new DevNonce(r.rjCount()),
                reason, detail, frame.phyPayload(), frame.receptions()));
        return new JoinOutcome.Rejected(r.devEui(), reason, detail);
    }

    private static SessionLogEntry row(UplinkFrame frame, RejoinRequest r, LogEvent event,
            Optional<Boolean> micValid, Optional<String> reason) {
        Reception best = frame.best();
        return SessionLogEntry.of(frame.receivedAt(), Direction.UPLINK, MType.REJOIN_REQUEST.specName(),
                        frame.phyPayload(), best.frequencyHz(), best.dataRate(), event)
                .withGateway(best.gateway(), Optional.of(best.rssi()), Optional.of(best.snr()))
                .withDevice(Optional.of(r.devEui()), Optional.empty())
                .withFrame(Optional.empty(), Optional.empty(), Optional.empty(), micValid)
                .withReason(reason);
    }
}
