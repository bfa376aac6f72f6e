// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.random.RandomGenerator;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.Bands;
import lorabench.lorawan.band.DataRate;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.types.Bytes;
import lorabench.sim.radio.NodeId;
import lorabench.sim.radio.Position;
import lorabench.sim.radio.RadioMedium;
import lorabench.sim.radio.RadioReceiver;
import lorabench.sim.radio.Reception;
import lorabench.sim.radio.Transmission;
import lorabench.sim.radio.TransmissionKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// A virtual LoRaWAN end-device (LoRaWAN L2 1.0.x and 1.1, classes A, B and C) on a [RadioMedium], driven by a
/// [TaskScheduler]. It never talks to a network server: it transmits frames into the air and listens in its receive
/// windows, exactly as a radio does.
///
/// One operation runs at a time ([#join()], [#sendUplink], a rejoin-request of [RejoinSchedule]); later ones queue.
/// Every public method and every radio callback holds the device's lock, so the device also runs on a real-time
/// scheduler.
public final class VirtualDevice implements RadioReceiver {
    private static final Logger LOG = LoggerFactory.getLogger(VirtualDevice.class);

    final DeviceConfig config;
    final Band band;
    final TaskScheduler scheduler;
    final RadioMedium medium;
    final RandomGenerator random;
    final Optional<DeviceStateStore> store;
    final MacSession session;
    final MacCommandHandler macHandler;
    final ClassBTracker classB;
    final RejoinSchedule rejoinSchedule;
    private final NodeId id;
    DeviceBehaviour behaviour = DeviceBehaviour.DEFAULT;
    private final List<RxWindow> windows = new ArrayList<>();
    private final Map<Long, RxWindow> receiving = new HashMap<>();
    final List<ReceivedDownlink> downlinks = new ArrayList<>();
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    final List<MacCommand> answers = new ArrayList<>();
    final List<MacCommand> stickyAnswers = new ArrayList<>();
    final List<MacCommand> requests = new ArrayList<>();
    Optional<MacCommand.LinkCheckAns> lastLinkCheck = Optional.empty();
    Optional<MacCommand.DeviceTimeAns> lastDeviceTime = Optional.empty();
    long pendingAckFCnt = -1;
    long lastConfirmedUplinkFCnt = -1;
    Instant transmittingUntil = Instant.EPOCH;
    Instant receivingUntil = Instant.EPOCH;
    Exchange current;
    long joinRequests;
    long joins;
    long rejoinRequests;
    long rejoins;
    long uplinks;
    long transmissions;
    long acked;
    long unacked;
    Duration airtime = Duration.ZERO;

    /// What an operation in progress does with what the device hears.
    interface Exchange {
        /// A frame heard in the exchange's RX1 or RX2 window; {@return whether it was for this exchange}
        boolean onFrame(Bytes phy, Reception r, RxWindow w);
    }

    /// Creates the device; its state comes from `store` when saved there before, else from the activation.
    public VirtualDevice(DeviceConfig config, TaskScheduler scheduler, RadioMedium medium, RandomGenerator random,
            Optional<DeviceStateStore> store) {
        this.config = config;
        this.band = Bands.lookup(config.band());
        this.scheduler = scheduler;
        this.medium = medium;
        this.random = random;
        this.store = store;
        this.id = NodeId.device(config.devEui());
        this.macHandler = new MacCommandHandler(band, config);
        Optional<DeviceState> saved = store.flatMap(s -> s.load(config.devEui()));
        this.session = saved.map(MacSession::restore).orElseGet(() -> MacSession.defaults(band));
        if (saved.isEmpty() && config.activation() instanceof Activation.Abp abp) {
            session.newSession(abp.devAddr(), abp.keys());
            session.resetPending = config.macVersion().is11();
        }
        this.classB = new ClassBTracker(this);
        this.rejoinSchedule = new RejoinSchedule(this);
        medium.attach(this);
        if (session.joined) {
            sessionStarted();
            rejoinSchedule.syncTimeLimit();
        }
    }

    public DeviceConfig config() {
        return config;
    }

    /// {@return a snapshot of the persistent state}
    public synchronized DeviceState state() {
        return session.snapshot();
    }

    /// {@return whether the device has a session} (OTAA joined, or ABP)
    public synchronized boolean joined() {
        return session.joined;
    }

    public synchronized DeviceBehaviour behaviour() {
        return behaviour;
    }

    public synchronized void setBehaviour(DeviceBehaviour b) {
        behaviour = b;
    }

    /// {@return every downlink accepted so far}, oldest first
    public synchronized List<ReceivedDownlink> downlinks() {
        return List.copyOf(downlinks);
    }

    public synchronized Optional<MacCommand.LinkCheckAns> lastLinkCheck() {
        return lastLinkCheck;
    }

    public synchronized Optional<MacCommand.DeviceTimeAns> lastDeviceTime() {
        return lastDeviceTime;
    }

    /// {@return whether class B ping slots are open} (beacon locked and PingSlotInfoAns received)
    public synchronized boolean classBActive() {
        return classB.active();
    }

    public synchronized DeviceStats stats() {
        return new DeviceStats(joinRequests, joins, uplinks, transmissions, downlinks.size(), acked, unacked, airtime,
                rejoinRequests, rejoins);
    }

    /// Asks for a LinkCheckReq / DeviceTimeReq in the next uplink (L2 1.0.4 §5.2, §5.9).
    public synchronized void requestLinkCheck() {
        requests.add(new MacCommand.LinkCheckReq());
    }

    public synchronized void requestDeviceTime() {
        requests.add(new MacCommand.DeviceTimeReq());
    }

    /// Joins by OTAA; an ABP device, or one already joined, answers at once with its DevAddr.
    public synchronized CompletableFuture<JoinOutcome> join() {
        CompletableFuture<JoinOutcome> f = new CompletableFuture<>();
        enqueue(() -> {
            if (config.activation() instanceof Activation.Abp) {
                f.complete(new JoinOutcome.Accepted(session.devAddr, 0));
                operationDone();
            } else {
                current = new JoinExchange(this, f);
                ((JoinExchange) current).attempt();
            }
        });
        return f;
    }

    /// Sends an uplink; {@return its result after its receive windows}. `fPort` 0 is refused (the device sends MAC
    /// commands itself); an unjoined device fails the future with `IllegalStateException`.
    public synchronized CompletableFuture<UplinkResult> sendUplink(int fPort, Bytes payload, boolean confirmed) {
        if (fPort < 1 || fPort > 223) {
            throw new IllegalArgumentException("application FPort must be 1..223, got " + fPort);
        }
        return send(Optional.of(fPort), payload, confirmed);
    }

    /// Sends an uplink without FPort (MAC answers and ACK only).
    public synchronized CompletableFuture<UplinkResult> sendEmptyUplink(boolean confirmed) {
        return send(Optional.empty(), Bytes.EMPTY, confirmed);
    }

    /// Sends `payload` on `fPort` every `period` ± `jitter` (uniform), the first within one period from now, until
    /// stopped; ticks while the device is not joined are skipped. {@return a handle that stops it}
    public synchronized TaskScheduler.Timer sendPeriodically(int fPort, Bytes payload, boolean confirmed,
            Duration period, Duration jitter) {
        return PeriodicUplinks.start(this, fPort, payload, confirmed, period, jitter);
    }

    private CompletableFuture<UplinkResult> send(Optional<Integer> fPort, Bytes payload, boolean confirmed) {
        CompletableFuture<UplinkResult> f = new CompletableFuture<>();
        enqueue(() -> {
            if (!session.joined) {
                f.completeExceptionally(new IllegalStateException("device " + config.devEui() + " is not joined"));
                operationDone();
                return;
            }
            UplinkExchange x = new UplinkExchange(this, fPort, payload, confirmed, f);
            current = x;
            x.attempt();
        });
        return f;
    }

    /// Queues an operation; it must end with [#operationDone()].
    void enqueue(Runnable op) {
        queue.add(op);
        if (current == null && queue.size() == 1) {
            scheduler.schedule(Duration.ZERO, this::runNext);
        }
    }

    /// Queues an operation before the others, to run as soon as the one in progress ends.
    void enqueueNext(Runnable op) {
        queue.addFirst(op);
        if (current == null && queue.size() == 1) {
            scheduler.schedule(Duration.ZERO, this::runNext);
        }
    }

    private synchronized void runNext() {
        if (current == null && !queue.isEmpty()) {
            queue.poll().run();
        }
    }

    /// Ends the operation in progress and starts the next one.
    synchronized void operationDone() {
        current = null;
        save();
        if (!queue.isEmpty()) {
            scheduler.schedule(Duration.ZERO, this::runNext);
        }
    }

    /// Puts a frame on the air now; {@return the transmission}
    synchronized Transmission transmit(long frequencyHz, int dr, Bytes phy) {
        return transmit(frequencyHz, dr, phy, session.txPowerIndex);
    }

    /// Puts a frame on the air now at TX power index `txPowerIndex`; {@return the transmission}
    synchronized Transmission transmit(long frequencyHz, int dr, Bytes phy, int txPowerIndex) {
        DataRate.LoRa rate = (DataRate.LoRa) band.dataRate(dr).orElseThrow();
        double eirp = Math.min(band.txPowerDbm(txPowerIndex).orElse(band.txPower().defaultMaxEirpDbm()),
                MacCommandHandler.maxEirp(session, band));
        eirp = Math.min(eirp, band.subBandFor(frequencyHz).map(sb -> sb.maxEirpDbm()).orElse(eirp));
        Transmission t = medium.transmit(id, TransmissionKind.UPLINK, config.position(), frequencyHz, rate, eirp, phy);
        DutyCycle.record(session, band, frequencyHz, t.start(), t.airtime());
        transmittingUntil = t.end();
        transmissions++;
        airtime = airtime.plus(t.airtime());
        return t;
    }

    synchronized void addWindow(RxWindow w) {
        Instant now = scheduler.instant();
        windows.removeIf(o -> o.close().isBefore(now));
        windows.add(w);
        medium.listenUntil(this, w.close());
    }

    synchronized void removeWindows(RxWindow.Kind... kinds) {
        for (RxWindow.Kind k : kinds) {
            windows.removeIf(w -> w.kind() == k);
        }
    }

    /// {@return whether a frame heard in a window is still arriving} (its preamble started, its end not reached)
    synchronized boolean stillReceiving() {
        return receivingUntil.isAfter(scheduler.instant());
    }

    /// Closes the class A receive windows once they are over, for the join, rejoin and uplink exchanges alike.
    /// {@return whether they were}: when a frame heard in one is still arriving, the windows stay open and
    /// `again` runs once that frame has ended (the receiver stays on for a frame whose preamble it detected,
    /// L2 1.0.4 §3.3).
    synchronized boolean windowsOver(Runnable again) {
        if (stillReceiving()) {
            scheduler.scheduleAt(receivingUntil.plusNanos(1), again);
            return false;
        }
        removeWindows(RxWindow.Kind.RX1, RxWindow.Kind.RX2);
        return true;
    }

    @Override
    public NodeId id() {
        return id;
    }

    @Override
    public Position position() {
        return config.position();
    }

    @Override
    public boolean hears(TransmissionKind kind) {
        return kind != TransmissionKind.UPLINK;
    }

    /// Class A and B devices listen only in the windows they open ([#addWindow] announces each); a class C device
    /// listens on RX2 whenever it is not transmitting.
    @Override
    public boolean tunedInWindowsOnly() {
        return config.deviceClass() != DeviceClass.C;
    }

    @Override
    public synchronized boolean listens(Transmission t) {
        if (t.kind() == TransmissionKind.UPLINK || (windows.isEmpty() && config.deviceClass() == DeviceClass.A)
                || t.start().isBefore(transmittingUntil)) {
            return false;
        }
        Optional<RxWindow> w = windows.stream().filter(x -> (x.kind() == RxWindow.Kind.BEACON)
                == (t.kind() == TransmissionKind.BEACON) && x.accepts(t)).findFirst();
        if (w.isEmpty() && config.deviceClass() == DeviceClass.C && t.kind() == TransmissionKind.DOWNLINK
                && session.joined && t.frequencyHz() == session.rx2FrequencyHz
                && t.dataRate().equals(band.dataRate(session.rx2DataRate).orElse(null))) {
            w = Optional.of(new RxWindow(t.start(), t.start(), t.frequencyHz(), t.dataRate(), null));
        }
        w.ifPresent(x -> {
            receiving.put(t.sequence(), x);
            if (t.end().isAfter(receivingUntil)) {
                receivingUntil = t.end();
            }
        });
        return w.isPresent();
    }

    @Override
    public synchronized void onReceive(Reception r) {
        RxWindow w = receiving.remove(r.transmission().sequence());
        if (w == null) {
            return;
        }
        DownlinkAcceptance.dispatch(this, r, w);
    }

    /// The session is up (join accepted, ABP started or restored): class B starts beacon tracking.
    synchronized void sessionStarted() {
        if (config.deviceClass() == DeviceClass.B) {
            classB.start();
        }
    }

    /// Leaves the session (L2 1.1 §5.10: a 1.1 device whose RekeyInd went unanswered for ADR_ACK_LIMIT uplinks
    /// reverts to the Join state): no more uplinks, downlinks or class B until the device joins again.
    synchronized void revertToJoinState(String why) {
        LOG.info("device {}: back to the Join state: {}", config.devEui(), why);
        session.joined = false;
        session.rekeyPending = false;
        classB.stop();
        sessionReplaced();
    }

    /// A join-accept replaced the session: what the old one still owed the network is dropped.
    synchronized void sessionReplaced() {
        answers.clear();
        stickyAnswers.clear();
        pendingAckFCnt = -1;
        lastConfirmedUplinkFCnt = -1;
    }

    synchronized void save() {
        store.ifPresent(s -> s.save(config.devEui(), session.snapshot()));
    }

    /// Stops listening; pending operations never complete.
    public synchronized void close() {
        medium.detach(this);
        classB.stop();
        rejoinSchedule.stop();
    }
}
