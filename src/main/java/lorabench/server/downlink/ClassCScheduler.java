// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

/// Class C delivery (L2 1.0.4 §6): a class C device listens on RX2 whenever it is not transmitting, so a queued
/// downlink goes out at once (`imme`) on the session's RX2 frequency and data rate, through the gateway that heard
/// the device best last time. While more are queued, the next one follows `spacing` later. Queued MAC requests no
/// downlink has carried yet go along in FOpts, or alone when no payload waits, so a class C device gets a network
/// request (DevStatusReq, LinkADRReq ...) at once; its answer comes with its next uplink.
public final class ClassCScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(ClassCScheduler.class);

    private final DeviceSessions sessions;
    private final LastGateways lastGateways;
    private final BatchingWriter writer;
    private final FrameComposer composer;
    private final DownlinkSender sender;
    private final StatusChanges statuses;
    private final TaskScheduler scheduler;
    private final Executor work;
    private final Duration spacing;
    private final ServerEvents events;

    public ClassCScheduler(DeviceSessions sessions, LastGateways lastGateways, BatchingWriter writer,
            FrameComposer composer, DownlinkSender sender, StatusChanges statuses, TaskScheduler scheduler,
            Executor work, Duration spacing, ServerEvents events) {
        this.events = Objects.requireNonNull(events, "events");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.lastGateways = Objects.requireNonNull(lastGateways, "lastGateways");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.work = Objects.requireNonNull(work, "work");
        this.spacing = Objects.requireNonNull(spacing, "spacing");
    }

    /// Sends the device's next queued downlink now if it is a class C device with a session and a known gateway.
    /// {@return whether a send was started}
    public boolean trigger(Eui64 devEui) {
        Optional<DeviceContext> found = sessions.context(devEui);
        if (found.isEmpty() || found.get().device().deviceClass() != DeviceClass.C) {
            return false;
        }
        DeviceContext ctx = found.get();
        Optional<Eui64> gw = lastGateways.of(devEui);
        if (gw.isEmpty()) {
            LOG.debug("class C device {} has no known gateway yet", devEui);
            return false;
        }
        Optional<TxWindow> w = TxWindow.immediately(ctx.band(), gw.get(), RxWindow.CLASS_C, ctx.mac().rx2DataRate(),
                ctx.mac().rx2FrequencyHz(), ctx.mac().downlinkDwellTime(ctx.band()));
        if (w.isEmpty()) {
            return false;
        }
        writer.submit(tx -> composer.composeNetworkInitiated(tx, ctx, List.of(w.get()), scheduler.instant()))
                .whenCompleteAsync((c, e) -> {
                    if (e != null) {
                        LOG.warn("class C downlink of {} failed: {}", devEui, e.getMessage());
                        return;
                    }
                    c.failed().forEach(f -> statuses.announce(f.downlink(), DownlinkStatus.PENDING,
                            DownlinkStatus.ERROR, Optional.of(f.reason())));
                    c.sent().ifPresent(d -> statuses.announce(d, DownlinkStatus.PENDING, DownlinkStatus.SENT,
                            Optional.empty()));
                    Instant now = scheduler.instant();
                    c.macCommands().forEach(m -> events.publish(new ServerEvent.MacExchange(now, devEui,
                            m.specName(), Direction.DOWNLINK)));
                    c.transmission().ifPresent(t -> {
                        sender.send(t);
                        scheduler.schedule(spacing, () -> work.execute(() -> trigger(devEui)));
                    });
                }, work);
        return true;
    }
}
