// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.mac.MacCommand;
import lorabench.server.event.Reception;
import lorabench.server.mac.MacOutcome;
import lorabench.server.session.DeviceContext;
import lorabench.store.BatchingWriter;
import lorabench.store.DownlinkStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Answers an accepted uplink in the device's class A receive windows (L2 1.0.4 §3.3): through the gateway that
/// heard it best (highest SNR), in RX1 (the uplink's `tmst` + RECEIVE_DELAY1, the band's RX1 frequency and data
/// rate for the session's RX1DROffset) and, when RX1 cannot carry the payload or the gateway refuses it (TOO_LATE,
/// collision), in RX2 (the session's RX2 frequency and data rate, one second later).
///
/// A downlink is sent when there is something to say: an ACK for a confirmed uplink, MAC commands, or a queued
/// payload; and when the uplink requires one although there is nothing to say ([MacOutcome#downlinkRequired]: the
/// device set ADRACKReq, L2 1.0.4 §4.3.1.1), then as an empty frame. Windows follow the device's downlink dwell
/// time ([lorabench.server.mac.MacState#downlinkDwellTime]).
public final class ClassAScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(ClassAScheduler.class);

    /// One accepted uplink as the scheduler needs it.
    ///
    /// @param ackFCnt  the FCnt of the uplink when it was confirmed (to acknowledge)
    /// @param required whether a downlink must go out even with nothing to say ([MacOutcome#downlinkRequired])
    public record Opportunity(DeviceContext ctx, Reception best, int uplinkDr, List<MacCommand> commands,
            Optional<Long> ackFCnt, boolean adr, boolean required) {
        public Opportunity {
            commands = List.copyOf(commands);
        }

        /// An opportunity that needs no downlink unless there is something to say.
        public Opportunity(DeviceContext ctx, Reception best, int uplinkDr, List<MacCommand> commands,
                Optional<Long> ackFCnt, boolean adr) {
            this(ctx, best, uplinkDr, commands, ackFCnt, adr, false);
        }
    }

    private final BatchingWriter writer;
    private final FrameComposer composer;
    private final DownlinkSender sender;
    private final StatusChanges statuses;
    private final TaskScheduler clock;
    private final Executor work;

    private final lorabench.store.DownlinkRepository downlinks;

    public ClassAScheduler(BatchingWriter writer, FrameComposer composer, DownlinkSender sender,
            StatusChanges statuses, TaskScheduler clock, Executor work, lorabench.store.DownlinkRepository downlinks) {
        this.downlinks = Objects.requireNonNull(downlinks, "downlinks");
        this.work = Objects.requireNonNull(work, "work");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /// {@return the RX1 and RX2 windows after an uplink}, RX1 first (either may be missing for exotic data rates)
    public static List<TxWindow> windows(DeviceContext ctx, Reception best, int uplinkDr, int rx1DelaySeconds,
            int rx2Dr, long rx2FrequencyHz) {
        List<TxWindow> w = new ArrayList<>(2);
        boolean dwell = ctx.mac().downlinkDwellTime(ctx.band());
        TxWindow.rx1(ctx.band(), best, uplinkDr, ctx.mac().rx1DrOffset(), rx1DelaySeconds, dwell).ifPresent(w::add);
        TxWindow.rx2(ctx.band(), best, rx2Dr, rx2FrequencyHz, rx1DelaySeconds, dwell).ifPresent(w::add);
        return w;
    }

    /// Builds and sends the answer to `o`, if there is one.
    public void answer(Opportunity o) {
        DeviceContext ctx = o.ctx();
        List<TxWindow> windows = windows(ctx, o.best(), o.uplinkDr(), ctx.mac().rxDelaySeconds(),
                ctx.mac().rx2DataRate(), ctx.mac().rx2FrequencyHz());
        if (windows.isEmpty()) {
            LOG.warn("no receive window for {} at DR{}", ctx.device().devEui(), o.uplinkDr());
            return;
        }
        if (o.commands().isEmpty() && o.ackFCnt().isEmpty() && !o.required() && downlinks.countPending(
                new lorabench.store.DownlinkTarget.Device(ctx.device().devEui())) == 0) {
            return; // nothing to say: no group-commit round trip
        }
        writer.submit(tx -> composer.compose(tx, ctx, windows, o.commands(), o.ackFCnt(), o.adr(), o.required(),
                        clock.instant()))
                .whenCompleteAsync((c, e) -> {
                    if (e != null) {
                        LOG.warn("composing the downlink of {} failed: {}", ctx.device().devEui(), e.getMessage());
                        return;
                    }
                    c.failed().forEach(f -> statuses.announce(f.downlink(), DownlinkStatus.PENDING,
                            DownlinkStatus.ERROR, Optional.of(f.reason())));
                    c.sent().ifPresent(d -> statuses.announce(d, DownlinkStatus.PENDING, DownlinkStatus.SENT,
                            Optional.empty()));
                    c.transmission().ifPresent(sender::send);
                }, work);
    }
}
