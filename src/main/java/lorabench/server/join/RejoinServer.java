// SPDX-License-Identifier: Apache-2.0
package lorabench.server.join;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.Bands;
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
import lorabench.server.downlink.DownlinkSender;
import lorabench.server.downlink.Transmission;
import lorabench.server.downlink.TxWindow;
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

/// Rejoin-requests of LoRaWAN 1.1 devices (L2 1.1 §6.2.4), answered with a join-accept (JoinReqType = the rejoin
/// type, DevNonce = RJcount, encrypted with JSEncKey, §6.2.3):
/// - type 0 (reset context) and type 2 (rekey): MIC under the session's SNwkSIntKey; RJcount0 must exceed the last
///   one seen in this session. Type 0 gets a new DevAddr and radio defaults, type 2 keeps the DevAddr.
/// - type 1 (lost context): MIC under JSIntKey; RJcount1 must exceed the last one seen for the device.
///
/// NOTE: the rejoin counters are kept in memory (the store has no column for them yet): after a server restart
/// the first rejoin-request of each device is accepted whatever its counter. A join-accept resets RJcount0.
public final class RejoinServer {
    private final DeviceRepository devices;
    private final DeviceSessionRepository sessions;
    private final JoinStateRepository joinStates;
    private final BatchingWriter writer;
    private final DevAddrAllocator allocator;
    private final JoinSettings settings;
    private final DownlinkSender sender;
    private final ServerEvents events;
    private final TaskScheduler clock;
    private final Executor work;
    private final ConcurrentHashMap<String, Integer> lastCounts = new ConcurrentHashMap<>();

    public RejoinServer(DeviceRepository devices, DeviceSessionRepository sessions, JoinStateRepository joinStates,
            BatchingWriter writer, DevAddrAllocator allocator, JoinSettings settings, DownlinkSender sender,
            ServerEvents events, TaskScheduler clock, Executor work) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.joinStates = Objects.requireNonNull(joinStates, "joinStates");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.allocator = Objects.requireNonNull(allocator, "allocator");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.work = Objects.requireNonNull(work, "work");
    }

    /// Handles one de-duplicated rejoin-request. {@return its outcome}
    public CompletableFuture<JoinOutcome> onRejoinRequest(UplinkFrame frame, RejoinRequest r) {
        Eui64 devEui = r.devEui();
        Optional<Device> found = devices.find(devEui);
        Eui64 joinEui = found.flatMap(Device::joinEui).orElse(new Eui64(0));
        if (found.isEmpty() || found.get().nwkKey().isEmpty() || !found.get().macVersion().is11()) {
            return reject(frame, devEui, joinEui, r, JoinRejectReason.UNKNOWN_DEVEUI,
                    "no LoRaWAN 1.1 OTAA device " + devEui);
        }
        Device d = found.get();
        Optional<DeviceSession> session = sessions.find(devEui);
        var msg = FrameCodec.micInput(r);
        boolean micOk;
        if (r.rejoinType() == 1) {
            micOk = Mic.rejoinRequest(SessionKeys.jsIntKey(d.nwkKey().get(), devEui), msg).constantTimeEquals(r.mic());
        } else if (session.isEmpty()) {
            return reject(frame, devEui, joinEui, r, JoinRejectReason.NO_SESSION, "a type " + r.rejoinType()
                    + " rejoin-request needs a session");
        } else {
            micOk = Mic.rejoinRequest(session.get().keys().sNwkSIntKey(), msg).constantTimeEquals(r.mic());
        }
        if (!micOk) {
            return reject(frame, devEui, joinEui, r, JoinRejectReason.BAD_MIC,
                    "the rejoin-request MIC does not verify");
        }
        String counterKey = devEui + (r.rejoinType() == 1 ? "/1" : "/0");
        Integer last = lastCounts.get(counterKey);
        if (last != null && r.rjCount() <= last) {
            return reject(frame, devEui, joinEui, r, JoinRejectReason.REJOIN_REPLAY, "RJcount " + r.rjCount()
                    + " is not above " + last);
        }
        lastCounts.put(counterKey, r.rjCount());
        Band band = Bands.lookup(d.region());
        int rx2Dr = settings.rx2DataRate().orElse(band.rx2().dataRate());
        DevAddr devAddr = r.rejoinType() == 2 ? session.orElseThrow().devAddr() : allocator.allocate();
        Optional<CfLists.CfList> cfList = r.rejoinType() == 2 ? Optional.empty() : CfLists.of(band, settings.subBand());
        MacState mac = MacState.afterJoin(band, settings.rx1DrOffset(), rx2Dr, settings.rxDelaySeconds(),
                cfList.map(CfLists.CfList::addedChannels).orElse(List.of()));
        DevNonce nonce = new DevNonce(r.rjCount());
        return writer.submit(tx -> {
            var joinNonce = joinStates.nextJoinNonce(tx, devEui, joinEui);
            var k = SessionKeys.derive11(d.appKey().orElseThrow(), d.nwkKey().get(), joinNonce, joinEui, nonce);
            sessions.save(tx, DeviceSession.start(devEui, devAddr, d.macVersion(), new lorabench.store.SessionKeys(
                    k.fNwkSIntKey(), k.sNwkSIntKey(), k.nwkSEncKey(), k.appSKey()), MacStates.json(mac)));
            return joinNonce;
        }).handleAsync((joinNonce, e) -> {
            if (e != null) {
                return rejectNow(frame, devEui, joinEui, r, JoinRejectReason.STORE_FAILED, e.getMessage());
            }
            lastCounts.remove(devEui + "/0");
            events.publish(new ServerEvent.JoinAccepted(clock.instant(), devEui, joinEui, devAddr, d.macVersion(),
                    nonce, frame.phyPayload(), frame.receptions()));
            var fields = new JoinAcceptBuilder.Fields(joinNonce, settings.netId(), devAddr,
                    new DlSettings(true, settings.rx1DrOffset(), rx2Dr), settings.rxDelaySeconds(),
                    cfList.map(CfLists.CfList::bytes));
            var phy = JoinAcceptBuilder.build11(d.nwkKey().get(), devEui, joinEui, r.rejoinType(), nonce, fields);
            var best = frame.best();
            int delay = (int) band.timing().joinAcceptDelay1().toSeconds();
            int upDr = band.dataRateIndex(best.dataRate(), Direction.UPLINK).orElse(0);
            List<TxWindow> windows = new java.util.ArrayList<>(2);
            TxWindow.rx1(band, best, upDr, 0, delay).ifPresent(windows::add);
            TxWindow.rx2(band, best, rx2Dr, band.rx2().frequencyHz(), delay).ifPresent(windows::add);
            if (!windows.isEmpty()) {
                sender.send(new Transmission(phy, windows, Optional.of(devEui), Optional.empty(),
                        MType.JOIN_ACCEPT.specName(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty()));
            }
            return (JoinOutcome) new JoinOutcome.Accepted(devEui, devAddr);
        }, work);
    }

    private CompletableFuture<JoinOutcome> reject(UplinkFrame frame, Eui64 devEui, Eui64 joinEui, RejoinRequest r,
            JoinRejectReason reason, String detail) {
        return CompletableFuture.completedFuture(rejectNow(frame, devEui, joinEui, r, reason, detail));
    }

    private JoinOutcome rejectNow(UplinkFrame frame, Eui64 devEui, Eui64 joinEui, RejoinRequest r,
            JoinRejectReason reason, String detail) {
        events.publish(new ServerEvent.JoinRejected(clock.instant(), devEui, joinEui, new DevNonce(r.rjCount()),
                reason, detail, frame.phyPayload(), frame.receptions()));
        return new JoinOutcome.Rejected(devEui, reason, detail);
    }
}
