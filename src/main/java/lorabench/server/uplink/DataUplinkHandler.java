// SPDX-License-Identifier: Apache-2.0
package lorabench.server.uplink;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.types.Direction;
import lorabench.server.downlink.ClassAScheduler;
import lorabench.server.downlink.LastGateways;
import lorabench.server.downlink.StatusChanges;
import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvents;
import lorabench.server.gateway.UplinkFrame;
import lorabench.server.mac.MacLayer;
import lorabench.server.mac.MacOutcome;
import lorabench.server.mac.MacUplink;
import lorabench.server.session.DeviceCache;
import lorabench.server.session.DeviceContext;
import lorabench.server.session.MacStates;
import lorabench.server.uplink.SessionMatcher.Match;
import lorabench.store.BatchingWriter;
import lorabench.store.DownlinkStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The data-uplink pipeline after de-duplication (DESIGN.md "Data flow of one uplink"): session lookup with MIC
/// trial → FCnt check → MAC commands → [MacLayer] → FRMPayload decryption → one durable commit ([UplinkCommit])
/// → only then events, the answer to a confirmed uplink and the downlink ([ClassAScheduler]). Once the device is
/// known, the northbound [UplinkPolicies] may refuse the frame: it is then logged and dropped before anything is
/// stored, its counter not consumed.
///
/// A retransmission (same FCnt, valid MIC) is not stored again and produces no [ServerEvent.UplinkReceived], but
/// is answered again, as ChirpStack does, so a device whose ACK was lost gets another one. A copy of a frame that
/// arrives after its de-duplication window closed and loses the FCntUp compare-and-set to the first copy is a late
/// duplicate: dropped silently (no rejection), as the frame was already stored.
public final class DataUplinkHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DataUplinkHandler.class);

    private final SessionMatcher matcher;
    private final DeviceCache cache;
    private final MacLayer macLayer;
    private final UplinkCommit commit;
    private final BatchingWriter writer;
    private final Rejections rejections;
    private final ClassAScheduler classA;
    private final LastGateways lastGateways;
    private final StatusChanges statuses;
    private final ServerEvents events;
    private final Executor work;
    private final UplinkPolicies policies;
    private final AbortedJoins abortedJoins;

    public DataUplinkHandler(SessionMatcher matcher, DeviceCache cache, MacLayer macLayer, UplinkCommit commit, BatchingWriter writer,
            Rejections rejections, ClassAScheduler classA, LastGateways lastGateways, StatusChanges statuses,
            ServerEvents events, Executor work, UplinkPolicies policies, AbortedJoins abortedJoins) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.macLayer = Objects.requireNonNull(macLayer, "macLayer");
        this.commit = Objects.requireNonNull(commit, "commit");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.rejections = Objects.requireNonNull(rejections, "rejections");
        this.classA = Objects.requireNonNull(classA, "classA");
        this.lastGateways = Objects.requireNonNull(lastGateways, "lastGateways");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.events = Objects.requireNonNull(events, "events");
        this.work = Objects.requireNonNull(work, "work");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.abortedJoins = Objects.requireNonNull(abortedJoins, "abortedJoins");
    }

    /// Processes one verified-to-be-decodable data frame. {@return its outcome}, once committed
    public CompletableFuture<UplinkOutcome> handle(UplinkFrame uplink, DataFrame frame) {
        return handle(uplink, frame, true);
    }

    private CompletableFuture<UplinkOutcome> handle(UplinkFrame uplink, DataFrame frame, boolean mayRetry) {
        String mType = frame.mHdr().mType().specName();
        if (frame.direction() != Direction.UPLINK) {
            return done(rejections.reject(uplink, mType, ServerEvent.RejectReason.WRONG_DIRECTION,
                    "a downlink frame was received", Optional.empty(), Optional.of(frame.fHdr().devAddr())));
        }
        while (true) {
            Match match = matcher.match(frame, uplink.best());
            if (match instanceof Match.NotFound nf) {
                if (mayRetry && (nf.reason() == ServerEvent.RejectReason.UNKNOWN_DEVADDR
                        || nf.reason() == ServerEvent.RejectReason.MIC_MISMATCH)) {
                    var restored = abortedJoins.restore(frame);
                    if (restored.isPresent()) {
                        return restored.get().thenComposeAsync(x -> handle(uplink, frame, false), work);
                    }
                }
                return done(rejections.reject(uplink, mType, nf.reason(), nf.detail(),
                        nf.session().map(s -> s.devEui()), Optional.of(frame.fHdr().devAddr())));
            }
            Match.Found found = (Match.Found) match;
            Optional<UplinkPolicy.Refusal> refusal = policies.check(found.ctx().device(), frame);
            if (refusal.isPresent()) {
                return done(rejections.refuse(uplink, frame, found.ctx().device().devEui(), found.fCnt32(),
                        refusal.get()));
            }
            // One frame of a device at a time from matching to queueing its commit: the next one is matched against
            // the state this one stores, and its commit is queued after this one's.
            synchronized (found.slot()) {
                if (found.slot().context() == found.ctx()) {
                    return accept(uplink, frame, found, mayRetry);
                }
            }
        }
    }

    private CompletableFuture<UplinkOutcome> accept(UplinkFrame uplink, DataFrame frame, Match.Found found,
            boolean mayRetry) {
        String mType = frame.mHdr().mType().specName();
        Reception best = uplink.best();
        DeviceContext ctx = found.ctx();
        var devEui = ctx.device().devEui();
        int dr = ctx.band().dataRateIndex(best.dataRate(), Direction.UPLINK).orElse(ctx.mac().dataRate());
        MacExtraction plain = MacExtraction.of(ctx.session(), frame, found.fCnt32());
        Optional<Long> ack = frame.confirmed() ? Optional.of(found.fCnt32()) : Optional.empty();
        boolean adr = frame.fHdr().fCtrl().adr();
        if (found.retransmission()) {
            return writer.submit(tx -> commit.logRetransmission(tx, uplink, frame, ctx, found.fCnt32(), plain))
                    .<UplinkOutcome>handleAsync((stored, e) -> {
                        if (e != null || !stored) {
                            // The frame it repeats was not stored after all (its commit failed): forget the state.
                            cache.invalidate(devEui, Optional.empty());
                            return e != null ? storeFailed(uplink, frame, devEui, e)
                                    : new UplinkOutcome.Retransmission(devEui, found.fCnt32());
                        }
                        classA.answer(new ClassAScheduler.Opportunity(ctx, best, dr, List.of(), ack, adr));
                        return new UplinkOutcome.Retransmission(devEui, found.fCnt32());
                    }, work);
        }
        List<MacUplink.UplinkSignal> signals = new ArrayList<>(uplink.receptions().size());
        for (Reception r : uplink.receptions()) {
            signals.add(new MacUplink.UplinkSignal(r.gateway(), r.rssi(), r.snr()));
        }
        MacUplink macUplink = new MacUplink(ctx.band(), ctx.session().macVersion(), ctx.mac(), adr,
                frame.fHdr().fCtrl().adrAckReq(), dr, found.fCnt32(), plain.commands(), signals,
                uplink.receivedAt());
        MacOutcome mac = macLayer.onUplink(macUplink);
        boolean macChanged = !mac.state().equals(ctx.mac());
        String macJson = macChanged ? MacStates.json(mac.state()) : ctx.session().macState();
        DeviceContext after = UplinkCommit.after(ctx, frame, found.fCnt32(), mac.state(), macJson);
        UplinkCommit.Input in = new UplinkCommit.Input(uplink, frame, ctx, after, found.fCnt32(),
                found.counterReset(), dr, plain, macChanged ? Optional.of(macJson) : Optional.empty());
        found.slot().advance(ctx, after);
        return writer.submit(tx -> commit.apply(tx, in)).<CompletableFuture<UplinkOutcome>>handleAsync(
                (result, e) -> {
                    if (e != null) {
                        cache.invalidate(devEui, Optional.empty());
                        return done(storeFailed(uplink, frame, devEui, e));
                    }
                    if (result.isEmpty()) {
                        // The session's counter was not the one this frame was matched against: the session changed
                        // meanwhile (a join, a reset), or this is a copy of a frame that missed its de-duplication
                        // window. Match it once more against the stored state: a late copy is then a retransmission.
                        cache.invalidate(devEui, Optional.empty());
                        return mayRetry ? handle(uplink, frame, false)
                                : done(new UplinkOutcome.Retransmission(devEui, found.fCnt32()));
                    }
                    UplinkCommit.Committed c = result.get();
                    publish(in, c, mac);
                    lastGateways.heard(devEui, best.gateway());
                    classA.answer(new ClassAScheduler.Opportunity(c.context(), best, dr, mac.downlinkCommands(), ack,
                            adr, mac.downlinkRequired(macUplink)));
                    return done(new UplinkOutcome.Accepted(devEui, found.fCnt32(), c.uplinkId()));
                }, work).thenCompose(f -> f).exceptionally(e -> {
                    LOG.error("uplink pipeline failed", e);
                    return new UplinkOutcome.Rejected(ServerEvent.RejectReason.STORE_FAILED, e.toString(),
                            Optional.of(devEui));
                });
    }

    private UplinkOutcome storeFailed(UplinkFrame uplink, DataFrame frame, lorabench.lorawan.types.Eui64 devEui,
            Throwable e) {
        return rejections.reject(uplink, frame.mHdr().mType().specName(), ServerEvent.RejectReason.STORE_FAILED,
                "storing failed: " + e.getMessage(), Optional.of(devEui), Optional.of(frame.fHdr().devAddr()));
    }

    private void publish(UplinkCommit.Input in, UplinkCommit.Committed c, MacOutcome mac) {
        var now = in.ctx().device().devEui();
        var at = in.uplink().receivedAt();
        events.publish(new ServerEvent.UplinkReceived(at, c.uplinkId(), now, in.frame().fHdr().devAddr(),
                in.fCnt32(), in.frame().fPort().map(p -> p.value()), in.plain().payload(), in.frame().confirmed(),
                in.dataRate(), in.uplink().receptions(), in.uplink().phyPayload()));
        if (in.ctx().device().activation() == lorabench.store.Activation.OTAA && in.ctx().session().fCntUp() == 0) {
            abortedJoins.completed(now);
            events.publish(new ServerEvent.JoinCompleted(at, now, in.frame().fHdr().devAddr()));
        }
        List<MacOutcome.MacExchange> ex = new ArrayList<>(mac.exchanges());
        int up = in.plain().commands().size();
        for (int i = 0; i < ex.size(); i++) {
            events.publish(new ServerEvent.MacExchange(at, now, ex.get(i).command().specName(),
                    i < up ? Direction.UPLINK : Direction.DOWNLINK));
        }
        for (UplinkCommit.AckChange a : c.ackChanges()) {
            statuses.announce(a.downlink(), DownlinkStatus.SENT, a.to(), Optional.empty());
        }
    }

    private static CompletableFuture<UplinkOutcome> done(UplinkOutcome o) {
        return CompletableFuture.completedFuture(o);
    }
}
