// SPDX-License-Identifier: Apache-2.0
package lorabench.server.join;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.frame.DlSettings;
import lorabench.lorawan.frame.EncryptedJoinAccept;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.JoinNonce;
import lorabench.server.downlink.StatusChanges;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvent.JoinRejectReason;
import lorabench.server.event.ServerEvents;
import lorabench.server.gateway.UplinkFrame;
import lorabench.server.mac.MacState;
import lorabench.server.session.MacStates;
import lorabench.store.BatchingWriter;
import lorabench.store.Device;
import lorabench.store.DeviceSession;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.Downlink;
import lorabench.store.DownlinkRepository;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;
import lorabench.store.JoinStateRepository;
import lorabench.store.LogEvent;
import lorabench.store.RejoinCounterRepository;
import lorabench.store.SessionKeys;
import lorabench.store.SessionLogRepository;
import lorabench.store.Tx;

/// The join of a LoRaWAN 1.0 device whose AppKey only the application holds (seed 004 §Join Callback): the
/// server checks what it can (DevNonce not used before, through [JoinStateRepository]; the JoinNonce is taken in
/// the same commit), prepares the clear join-accept and asks the installed [ApplicationJoin]. On
/// [ApplicationJoin.Answer.Accepted] it stores the session with the NwkSKey and no AppSKey (payloads then pass
/// through encrypted), cancels the queued downlinks and sends the application's join-accept in RX1/RX2 like any
/// join; any refusal (no application, MIC refused, device refused, no or a bad answer in time) is a
/// [ServerEvent.JoinRejected] with a `rejected` session-log row naming the cause. The DevNonce stays used either way.
final class ApplicationJoinFlow {
    /// The repositories the flow writes.
    record Stores(DeviceSessionRepository sessions, JoinStateRepository joinStates,
            RejoinCounterRepository rejoinCounters, DownlinkRepository downlinks, SessionLogRepository log) {}

    private final Stores stores;
    private final BatchingWriter writer;
    private final DevAddrAllocator allocator;
    private final JoinSettings settings;
    private final JoinReplies replies;
    private final StatusChanges statuses;
    private final ServerEvents events;
    private final TaskScheduler clock;
    private final Executor work;
    private final ApplicationJoin.Slot applications;
    private final ReplacedSessions replaced;

    ApplicationJoinFlow(Stores stores, BatchingWriter writer, DevAddrAllocator allocator, JoinSettings settings,
            JoinReplies replies, StatusChanges statuses, ServerEvents events, TaskScheduler clock, Executor work,
            ApplicationJoin.Slot applications, ReplacedSessions replaced) {
        this.stores = stores;
        this.writer = writer;
        this.allocator = allocator;
        this.settings = settings;
        this.replies = replies;
        this.statuses = statuses;
        this.events = events;
        this.clock = clock;
        this.work = work;
        this.applications = applications;
        this.replaced = replaced;
    }

    CompletableFuture<JoinOutcome> onJoinRequest(UplinkFrame frame, JoinRequest jr, Device d) {
        Optional<ApplicationJoin> app = applications.current();
        if (app.isEmpty()) {
            return replies.reject(frame, jr, Optional.of(d), JoinRejectReason.NO_KEY_SOURCE,
                    "the network has no AppKey for the device and no application answers its joins");
        }
        Band band = d.band();
        int rx2Dr = settings.rx2DataRate().orElse(band.rx2().dataRate());
        Optional<CfLists.CfList> cfList = CfLists.of(band, settings.subBand());
        MacState mac = MacState.afterJoin(band, settings.rx1DrOffset(), rx2Dr, settings.rxDelaySeconds(),
                cfList.map(CfLists.CfList::addedChannels).orElse(List.of()));
        DevAddr devAddr = allocator.allocate();
        return writer.submit(tx -> nonce(tx, jr, d)).thenComposeAsync(nonce -> {
            if (nonce.isEmpty()) {
                return done(replies.rejectNow(frame, jr, Optional.of(d), JoinRejectReason.DEVNONCE_REPLAY,
                        "DevNonce " + jr.devNonce() + " was used before"));
            }
            var fields = new JoinAcceptBuilder.Fields(nonce.get(), settings.netId(), devAddr,
                    new DlSettings(false, settings.rx1DrOffset(), rx2Dr), settings.rxDelaySeconds(),
                    cfList.map(CfLists.CfList::bytes));
            var request = new ApplicationJoin.Request(d, frame.phyPayload(), JoinAcceptBuilder.clear(fields),
                    devAddr);
            return app.get().answer(request).thenComposeAsync(answer -> switch (answer) {
                case ApplicationJoin.Answer.Refused r -> done(replies.rejectNow(frame, jr, Optional.of(d),
                        r.reason(), r.detail()));
                case ApplicationJoin.Answer.Accepted a -> accept(frame, jr, d, devAddr, mac, band, rx2Dr, a);
            }, work);
        }, work).exceptionally(e -> replies.rejectNow(frame, jr, Optional.of(d), JoinRejectReason.STORE_FAILED,
                String.valueOf(e.getMessage())));
    }

    private Optional<JoinNonce> nonce(Tx tx, JoinRequest jr, Device d) {
        if (!stores.joinStates().acceptDevNonce(tx, d.devEui(), jr.joinEui(), d.macVersion(), jr.devNonce())) {
            return Optional.empty();
        }
        return Optional.of(stores.joinStates().nextJoinNonce(tx, d.devEui(), jr.joinEui()));
    }

    private CompletableFuture<JoinOutcome> accept(UplinkFrame frame, JoinRequest jr, Device d, DevAddr devAddr,
            MacState mac, Band band, int rx2Dr, ApplicationJoin.Answer.Accepted a) {
        try {
            if (!(FrameCodec.decode(a.joinAccept()) instanceof EncryptedJoinAccept)) {
                return done(replies.rejectNow(frame, jr, Optional.of(d), JoinRejectReason.NO_KEY_SOURCE,
                        "the application's join_accept is not a join-accept"));
            }
        } catch (MalformedFrameException e) {
            return done(replies.rejectNow(frame, jr, Optional.of(d), JoinRejectReason.NO_KEY_SOURCE,
                    "the application's join_accept is malformed: " + e.getMessage()));
        }
        return writer.submit(tx -> commit(tx, frame, jr, d, devAddr, mac, a)).thenApplyAsync(cancelled -> {
            events.publish(new ServerEvent.JoinAccepted(clock.instant(), d.devEui(), jr.joinEui(), devAddr,
                    d.macVersion(), jr.devNonce(), frame.phyPayload(), frame.receptions()));
            cancelled.forEach(x -> statuses.announce(x, DownlinkStatus.PENDING, DownlinkStatus.CANCELLED,
                    Optional.of("cancelled due to new JOIN")));
            replies.send(frame, band, rx2Dr, a.joinAccept(), d);
            return (JoinOutcome) new JoinOutcome.Accepted(d.devEui(), devAddr);
        }, work);
    }

    private List<Downlink> commit(Tx tx, UplinkFrame frame, JoinRequest jr, Device d, DevAddr devAddr, MacState mac,
            ApplicationJoin.Answer.Accepted a) {
        stores.sessions().find(tx, d.devEui()).ifPresent(replaced::replaced);
        stores.sessions().save(tx, DeviceSession.start(d.devEui(), devAddr, d.macVersion(),
                SessionKeys.of10(a.nwkSKey(), Optional.empty()), MacStates.json(mac)));
        stores.rejoinCounters().resetRjCount0(tx, d.devEui());
        List<Downlink> cancelled = stores.downlinks().cancelPending(tx, new DownlinkTarget.Device(d.devEui()));
        stores.log().insertAll(tx, List.of(JoinReplies.row(frame, jr, Optional.of(d), LogEvent.JOIN_REQUEST,
                Optional.empty())));
        return cancelled;
    }

    private static CompletableFuture<JoinOutcome> done(JoinOutcome o) {
        return CompletableFuture.completedFuture(o);
    }
}
