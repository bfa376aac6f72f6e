// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.TxAckError;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvent.RxWindow;
import lorabench.server.event.ServerEvents;
import lorabench.server.session.DeviceContext;
import lorabench.server.session.DeviceSessions;
import lorabench.store.BatchingWriter;
import lorabench.store.DeviceClass;
import lorabench.store.DownlinkStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Class B delivery (LoRaWAN L2 1.0.4 §13): a class B device listens in its ping slots, so a queued downlink goes out
/// in the device's first ping slot at least `lead` after now ([PingSlotPlan]), through the gateway that heard the
/// device best last time, timed on that gateway's concentrator counter (`tmst`, from [GatewayClocks]). The
/// PULL_RESP leaves at once; the gateway's just-in-time queue holds it until the slot. While more are queued, the
/// next one takes a later slot: one reservation per device, released when its slot has passed.
///
/// A device is class B when its device record says so, or its MAC state does. Its periodicity is the one of
/// PingSlotInfoReq, else 7 (one slot per beacon period); frequency and data rate those of PingSlotChannelReq, else
/// the band's. Status transitions are those of class C: PENDING → SENT when handed to the gateway.
///
/// A ping slot the gateway refuses (TX_ACK TOO_LATE, TOO_EARLY, COLLISION_PACKET or COLLISION_BEACON) is not lost:
/// the same frame is booked in the device's next ping slot after the refused one, at most [#MAX_RETRIES] times; the
/// carried downlink stays SENT meanwhile, and moves to ERROR with the gateway's reason after the last refusal (or at
/// once on any other refusal). The retry holds the device's reservation, so the queue does not overtake it.
public final class ClassBScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(ClassBScheduler.class);
    /// Default time between deciding on a slot and the slot, for the PULL_RESP to reach the gateway.
    public static final Duration DEFAULT_LEAD = Duration.ofSeconds(1);
    /// How many later ping slots a refused frame is tried in before it ends in ERROR.
    public static final int MAX_RETRIES = 2;
    private static final Set<TxAckError.Code> NEXT_SLOT = EnumSet.of(TxAckError.Code.TOO_LATE,
            TxAckError.Code.TOO_EARLY, TxAckError.Code.COLLISION_PACKET, TxAckError.Code.COLLISION_BEACON);
    /// MHDR and MIC around the MACPayload.
    private static final int MHDR_AND_MIC = 5;

    private final DeviceSessions sessions;
    private final LastGateways lastGateways;
    private final GatewayClocks clocks;
    private final BatchingWriter writer;
    private final FrameComposer composer;
    private final DownlinkSender sender;
    private final StatusChanges statuses;
    private final TaskScheduler scheduler;
    private final Executor work;
    private final Duration lead;
    private final ServerEvents events;
    private final ConcurrentHashMap<Eui64, Instant> reserved = new ConcurrentHashMap<>();

    public ClassBScheduler(DeviceSessions sessions, LastGateways lastGateways, GatewayClocks clocks,
            BatchingWriter writer, FrameComposer composer, DownlinkSender sender, StatusChanges statuses,
            TaskScheduler scheduler, Executor work, Duration lead, ServerEvents events) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.lastGateways = Objects.requireNonNull(lastGateways, "lastGateways");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.work = Objects.requireNonNull(work, "work");
        this.lead = Objects.requireNonNull(lead, "lead");
        this.events = Objects.requireNonNull(events, "events");
    }

    /// {@return whether `ctx` is a class B device}: by its device record or its MAC state
    public static boolean isClassB(DeviceContext ctx) {
        return ctx.device().deviceClass() == DeviceClass.B || ctx.mac().deviceClass() == DeviceClass.B;
    }

    /// Schedules the device's next queued downlink in its next ping slot if it is a class B device with a session,
    /// a known gateway with a clock reference, and no slot already reserved. {@return whether a send was started}
    public boolean trigger(Eui64 devEui) {
        Optional<DeviceContext> found = sessions.context(devEui);
        if (found.isEmpty() || !isClassB(found.get())) {
            return false;
        }
        DeviceContext ctx = found.get();
        Optional<Eui64> gw = lastGateways.of(devEui);
        if (gw.isEmpty()) {
            LOG.debug("class B device {} has no known gateway yet", devEui);
            return false;
        }
        Instant now = scheduler.instant();
        PingSlotPlan slot = PingSlotPlan.next(now.plus(lead), ctx.session().devAddr(), ctx.band(), ctx.mac().classB());
        OptionalLong tmst = clocks.tmstAt(gw.get(), slot.utc(), now);
        if (tmst.isEmpty()) {
            LOG.debug("gateway {} of class B device {} has no recent tmst reference", gw.get(), devEui);
            return false;
        }
        Optional<TxWindow> w = TxWindow.at(ctx.band(), gw.get(), RxWindow.CLASS_B, slot.dataRate(),
                slot.frequencyHz(), tmst.getAsLong(), ctx.mac().downlinkDwellTime(ctx.band()));
        if (w.isEmpty() || !reserve(devEui, slot.utc(), now)) {
            return false;
        }
        writer.submit(tx -> composer.composeNetworkInitiated(tx, ctx, List.of(w.get()), now))
                .whenCompleteAsync((c, e) -> {
                    if (e != null) {
                        reserved.remove(devEui, slot.utc());
                        LOG.warn("class B downlink of {} failed: {}", devEui, e.getMessage());
                        return;
                    }
                    c.failed().forEach(f -> statuses.announce(f.downlink(), DownlinkStatus.PENDING,
                            DownlinkStatus.ERROR, Optional.of(f.reason())));
                    c.sent().ifPresent(d -> statuses.announce(d, DownlinkStatus.PENDING, DownlinkStatus.SENT,
                            Optional.empty()));
                    Instant at = scheduler.instant();
                    c.macCommands().forEach(m -> events.publish(new ServerEvent.MacExchange(at, devEui,
                            m.specName(), Direction.DOWNLINK)));
                    if (c.transmission().isEmpty()) {
                        reserved.remove(devEui, slot.utc());
                        return;
                    }
                    Transmission t = c.transmission().get();
                    sender.send(t, new NextSlot(devEui, ctx.session().devAddr(), slot.utc(),
                            t.phyPayload().size() - MHDR_AND_MIC));
                    scheduler.scheduleAt(slot.utc(), release(devEui, slot.utc()));
                }, work);
        return true;
    }

    /// {@return the task run at `slot`}: frees the device's reservation if it is still `slot` and serves the queue
    private Runnable release(Eui64 devEui, Instant slot) {
        return () -> work.execute(() -> {
            reserved.remove(devEui, slot);
            trigger(devEui);
        });
    }

    /// Books a refused frame in the device's next ping slot after the refused one (and after any slot reserved
    /// since), through the gateway that heard the device best last time.
    private final class NextSlot implements DownlinkSender.Rebooking {
        private final Eui64 devEui;
        private final DevAddr devAddr;
        private final int macPayloadSize;
        private volatile Instant slot;

        NextSlot(Eui64 devEui, DevAddr devAddr, Instant slot, int macPayloadSize) {
            this.devEui = devEui;
            this.devAddr = devAddr;
            this.slot = slot;
            this.macPayloadSize = macPayloadSize;
        }

        @Override
        public Optional<TxWindow> after(TxWindow refused, TxAckError error, int refusals) {
            if (!NEXT_SLOT.contains(error.code()) || refusals > MAX_RETRIES) {
                return Optional.empty();
            }
            Optional<DeviceContext> found = sessions.context(devEui);
            if (found.isEmpty() || !isClassB(found.get()) || !found.get().session().devAddr().equals(devAddr)) {
                return Optional.empty(); // no longer class B, or a new session the frame is not for
            }
            DeviceContext ctx = found.get();
            Instant now = scheduler.instant();
            Instant earliest = latest(latest(now.plus(lead), slot), reserved.get(devEui));
            PingSlotPlan next = PingSlotPlan.next(earliest, devAddr, ctx.band(), ctx.mac().classB());
            Eui64 gw = lastGateways.of(devEui).orElse(refused.gateway());
            OptionalLong tmst = clocks.tmstAt(gw, next.utc(), now);
            if (tmst.isEmpty()) {
                LOG.debug("gateway {} of class B device {} has no recent tmst reference for a retry", gw, devEui);
                return Optional.empty();
            }
            Optional<TxWindow> w = TxWindow.at(ctx.band(), gw, RxWindow.CLASS_B, next.dataRate(), next.frequencyHz(),
                    tmst.getAsLong(), ctx.mac().downlinkDwellTime(ctx.band())).filter(x -> x.fits(macPayloadSize));
            if (w.isEmpty()) {
                return Optional.empty();
            }
            slot = next.utc();
            reserved.merge(devEui, next.utc(), (old, mine) -> old.isAfter(mine) ? old : mine);
            scheduler.scheduleAt(next.utc(), release(devEui, next.utc()));
            LOG.debug("class B downlink of {} refused ({}), retry {} in the ping slot at {}", devEui, error.text(),
                    refusals, next.utc());
            return w;
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    /// {@return the slot start reserved for the device}, if one is
    public Optional<Instant> reservedSlot(Eui64 devEui) {
        return Optional.ofNullable(reserved.get(devEui));
    }

    private boolean reserve(Eui64 devEui, Instant slot, Instant now) {
        Instant[] won = new Instant[1];
        reserved.compute(devEui, (k, old) -> {
            if (old != null && old.isAfter(now)) {
                return old;
            }
            won[0] = slot;
            return slot;
        });
        return won[0] != null;
    }
}
