// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
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
/// the band's. Status transitions are those of class C: PENDING → SENT when handed to the gateway, ERROR on refusal.
public final class ClassBScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(ClassBScheduler.class);
    /// Default time between deciding on a slot and the slot, for the PULL_RESP to reach the gateway.
    public static final Duration DEFAULT_LEAD = Duration.ofSeconds(1);

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
                    sender.send(c.transmission().get());
                    scheduler.scheduleAt(slot.utc(), () -> work.execute(() -> {
                        reserved.remove(devEui, slot.utc());
                        trigger(devEui);
                    }));
                }, work);
        return true;
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
