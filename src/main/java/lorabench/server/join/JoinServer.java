// SPDX-License-Identifier: Apache-2.0
package lorabench.server.join;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.frame.DlSettings;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.JoinNonce;
import lorabench.server.downlink.DownlinkSender;
import lorabench.server.downlink.StatusChanges;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvent.JoinRejectReason;
import lorabench.server.event.ServerEvents;
import lorabench.server.gateway.UplinkFrame;
import lorabench.server.mac.MacState;
import lorabench.server.session.MacStates;
import lorabench.store.Activation;
import lorabench.store.BatchingWriter;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSession;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.Downlink;
import lorabench.store.DownlinkRepository;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;
import lorabench.store.JoinStateRepository;
import lorabench.store.LogEvent;
import lorabench.store.RejoinCounterRepository;
import lorabench.store.SessionLogRepository;
import lorabench.store.Tx;

/// The join server for OTAA (L2 1.0.4 §6.2; L2 1.1 §6.2): checks the join-request (known OTAA device, its JoinEUI,
/// MIC under AppKey in 1.0 / NwkKey in 1.1, fresh DevNonce per version through [JoinStateRepository]), then in one
/// transaction takes a JoinNonce, derives the session keys (1.0; 1.1 with OptNeg set), replaces the device's session
/// and cancels its queued downlinks ("cancelled due to new JOIN", as OrbiWAN does), and writes the session-log row.
/// After the commit it announces [ServerEvent.JoinAccepted] and sends the join-accept in RX1 (JOIN_ACCEPT_DELAY1
/// after the request, the band's RX1 frequency and data rate) with RX2 (JOIN_ACCEPT_DELAY2, the band's default RX2)
/// as fallback ([JoinReplies]). Every refusal writes a `rejected` session-log row and a [ServerEvent.JoinRejected].
/// A LoRaWAN 1.0 device without AppKey is joined by the application ([ApplicationJoinFlow]). A replaced session is
/// remembered in [ReplacedSessions] until the device uses the new one.
public final class JoinServer {
    private final DeviceRepository devices;
    private final DeviceSessionRepository sessions;
    private final JoinStateRepository joinStates;
    private final RejoinCounterRepository rejoinCounters;
    private final DownlinkRepository downlinks;
    private final SessionLogRepository log;
    private final BatchingWriter writer;
    private final DevAddrAllocator allocator;
    private final JoinSettings settings;
    private final StatusChanges statuses;
    private final ServerEvents events;
    private final TaskScheduler clock;
    private final Executor work;
    private final JoinReplies replies;
    private final ReplacedSessions replaced;
    private final ApplicationJoinFlow byApplication;

    public JoinServer(DeviceRepository devices, DeviceSessionRepository sessions, JoinStateRepository joinStates,
            RejoinCounterRepository rejoinCounters, DownlinkRepository downlinks, SessionLogRepository log, BatchingWriter writer, DevAddrAllocator allocator,
            JoinSettings settings, DownlinkSender sender, StatusChanges statuses, ServerEvents events,
            TaskScheduler clock, Executor work, ApplicationJoin.Slot applications, ReplacedSessions replaced) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.joinStates = Objects.requireNonNull(joinStates, "joinStates");
        this.rejoinCounters = Objects.requireNonNull(rejoinCounters, "rejoinCounters");
        this.downlinks = Objects.requireNonNull(downlinks, "downlinks");
        this.log = Objects.requireNonNull(log, "log");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.allocator = Objects.requireNonNull(allocator, "allocator");
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(sender, "sender");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.work = Objects.requireNonNull(work, "work");
        this.replaced = Objects.requireNonNull(replaced, "replaced");
        this.replies = new JoinReplies(log, writer, sender, events, clock);
        this.byApplication = new ApplicationJoinFlow(new ApplicationJoinFlow.Stores(sessions, joinStates,
                rejoinCounters, downlinks, log), writer, allocator, settings, replies, statuses, events, clock, work,
                applications, replaced);
    }

    private record Committed(DeviceSession session, JoinNonce joinNonce, List<Downlink> cancelled) {}

    /// Handles one de-duplicated join-request. {@return its outcome}, after the commit
    public CompletableFuture<JoinOutcome> onJoinRequest(UplinkFrame frame, JoinRequest jr) {
        Optional<Device> found = devices.find(jr.devEui());
        if (found.isEmpty()) {
            return replies.reject(frame, jr, Optional.empty(), JoinRejectReason.UNKNOWN_DEVEUI,
                    "no device " + jr.devEui());
        }
        Device d = found.get();
        if (d.activation() != Activation.OTAA) {
            return replies.reject(frame, jr, found, JoinRejectReason.NOT_OTAA, "device " + d.devEui() + " is ABP");
        }
        if (!d.joinEui().orElseThrow().equals(jr.joinEui())) {
            return replies.reject(frame, jr, found, JoinRejectReason.JOINEUI_MISMATCH, "JoinEUI " + jr.joinEui()
                    + " is not the device's " + d.joinEui().get());
        }
        if (d.joinByApplication()) {
            return byApplication.onJoinRequest(frame, jr, d);
        }
        boolean is11 = d.macVersion().is11();
        AesKey rootKey = is11 ? d.nwkKey().orElseThrow() : d.appKey().orElseThrow();
        if (!Mic.joinRequest(rootKey, FrameCodec.micInput(jr)).constantTimeEquals(jr.mic())) {
            return replies.reject(frame, jr, found, JoinRejectReason.BAD_MIC,
                    "the MIC does not verify under the device's " + (is11 ? "NwkKey" : "AppKey"));
        }
        Band band = d.band();
        int rx2Dr = settings.rx2DataRate().orElse(band.rx2().dataRate());
        Optional<CfLists.CfList> cfList = CfLists.of(band, settings.subBand());
        MacState mac = MacState.afterJoin(band, settings.rx1DrOffset(), rx2Dr, settings.rxDelaySeconds(),
                cfList.map(CfLists.CfList::addedChannels).orElse(List.of()));
        DevAddr devAddr = allocator.allocate();
        return writer.submit(tx -> commit(tx, frame, jr, d, devAddr, mac)).handleAsync((c, e) -> {
            if (e != null) {
                return replies.rejectNow(frame, jr, found, JoinRejectReason.STORE_FAILED, e.getMessage());
            }
            if (c.isEmpty()) {
                return replies.rejectNow(frame, jr, found, JoinRejectReason.DEVNONCE_REPLAY, "DevNonce " + jr.devNonce()
                        + " was used before" + (d.macVersion().devNonceIsCounter() ? " (or is not above the last)"
                        : ""));
            }
            Committed done = c.get();
            var fields = new JoinAcceptBuilder.Fields(done.joinNonce(), settings.netId(), devAddr,
                    new DlSettings(is11, settings.rx1DrOffset(), rx2Dr), settings.rxDelaySeconds(),
                    cfList.map(CfLists.CfList::bytes));
            if (d.appKey().isEmpty()) {
                events.publish(new ServerEvent.JoinForwarded(clock.instant(), d.devEui(), jr.joinEui(), devAddr,
                        frame.phyPayload(), JoinAcceptBuilder.clear(fields)));
            }
            events.publish(new ServerEvent.JoinAccepted(clock.instant(), d.devEui(), jr.joinEui(), devAddr,
                    d.macVersion(), jr.devNonce(), frame.phyPayload(), frame.receptions()));
            done.cancelled().forEach(x -> statuses.announce(x, DownlinkStatus.PENDING, DownlinkStatus.CANCELLED,
                    Optional.of("cancelled due to new JOIN")));
            var phy = is11 ? JoinAcceptBuilder.build11(rootKey, d.devEui(), jr.joinEui(), 0xFF, jr.devNonce(), fields)
                    : JoinAcceptBuilder.build10(rootKey, fields);
            replies.send(frame, band, rx2Dr, phy, d);
            return (JoinOutcome) new JoinOutcome.Accepted(d.devEui(), devAddr);
        }, work);
    }

    private Optional<Committed> commit(Tx tx, UplinkFrame frame, JoinRequest jr, Device d, DevAddr devAddr,
            MacState mac) {
        if (!joinStates.acceptDevNonce(tx, d.devEui(), jr.joinEui(), d.macVersion(), jr.devNonce())) {
            return Optional.empty();
        }
        JoinNonce joinNonce = joinStates.nextJoinNonce(tx, d.devEui(), jr.joinEui());
        lorabench.store.SessionKeys keys = JoinKeys.of(d, joinNonce, settings.netId(), jr.joinEui(),
                jr.devNonce());
        sessions.find(tx, d.devEui()).ifPresent(replaced::replaced);
        DeviceSession s = sessions.save(tx, DeviceSession.start(d.devEui(), devAddr, d.macVersion(), keys,
                MacStates.json(mac)));
        rejoinCounters.resetRjCount0(tx, d.devEui()); // RJcount0 restarts with every join-accept (L2 1.1 §6.2.4.4)
        List<Downlink> cancelled = downlinks.cancelPending(tx, new DownlinkTarget.Device(d.devEui()));
        log.insertAll(tx, List.of(JoinReplies.row(frame, jr, Optional.of(d), LogEvent.JOIN_REQUEST, Optional.empty())));
        return Optional.of(new Committed(s, joinNonce, cancelled));
    }
}
