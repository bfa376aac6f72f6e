// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.types.Direction;
import lorabench.packetforwarder.PullRespResult;
import lorabench.packetforwarder.TxAckError;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvents;
import lorabench.server.gateway.GatewayTransmitter;
import lorabench.server.gateway.TxAckRouter;
import lorabench.store.BatchingWriter;
import lorabench.store.DownlinkStatus;
import lorabench.store.LogEvent;
import lorabench.store.SessionLogEntry;
import lorabench.store.SessionLogRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Hands built frames to gateways and follows their TX_ACKs (PROTOCOL.TXT §5.4, §5.5).
///
/// A window the gateway refuses as TOO_LATE, TOO_EARLY or COLLISION_PACKET is retried in the next window of the
/// [Transmission] (class A: RX2 after RX1). A refusal of its last window goes to the sender's [Rebooking], which
/// may book another window for the same frame (class B: the next ping slot); the carried downlink stays SENT
/// meanwhile. Any other refusal, or no window left and none booked, moves the carried downlink from SENT to ERROR
/// with the gateway's reason. No TX_ACK within the router's timeout leaves it SENT (some forwarders
/// never answer). Every hand-off writes a `downlink` session-log row; a refusal a `tx-ack` row with the reason.
public final class DownlinkSender {
    private static final Logger LOG = LoggerFactory.getLogger(DownlinkSender.class);
    private static final Set<TxAckError.Code> RETRY_LATER = EnumSet.of(TxAckError.Code.TOO_LATE,
            TxAckError.Code.TOO_EARLY, TxAckError.Code.COLLISION_PACKET);

    private final GatewayTransmitter transmitter;
    private final TxAckRouter txAcks;
    private final StatusChanges statuses;
    private final ServerEvents events;
    private final BatchingWriter writer;
    private final SessionLogRepository log;
    private final TaskScheduler clock;
    private final Executor work;

    /// Books another window for a frame the gateway refused in the last of its windows.
    @FunctionalInterface
    public interface Rebooking {
        /// Never books: the refusal is final.
        Rebooking NONE = (refused, error, refusals) -> Optional.empty();

        /// {@return the window to send the same frame in}, empty to give up
        ///
        /// @param refused  the refused window
        /// @param error    the gateway's reason
        /// @param refusals how many windows of this frame the gateway has refused so far, this one included
        Optional<TxWindow> after(TxWindow refused, TxAckError error, int refusals);
    }

    public DownlinkSender(GatewayTransmitter transmitter, TxAckRouter txAcks, StatusChanges statuses,
            ServerEvents events, BatchingWriter writer, SessionLogRepository log, TaskScheduler clock, Executor work) {
        this.transmitter = Objects.requireNonNull(transmitter, "transmitter");
        this.txAcks = Objects.requireNonNull(txAcks, "txAcks");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.events = Objects.requireNonNull(events, "events");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.work = Objects.requireNonNull(work, "work");
    }

    /// Sends `t` in its first window.
    public void send(Transmission t) {
        send(t, Rebooking.NONE);
    }

    /// Sends `t` in its first window; when the gateway refuses its last window, asks `rebooking` for another.
    public void send(Transmission t, Rebooking rebooking) {
        Objects.requireNonNull(rebooking, "rebooking");
        attempt(t, 0, rebooking, 0);
    }

    private void attempt(Transmission t, int i, Rebooking rebooking, int refusals) {
        TxWindow w = t.attempts().get(i);
        PullRespResult r = transmitter.send(w.gateway(), w.txpk(t.phyPayload()));
        switch (r) {
            case PullRespResult.Sent s -> {
                logRow(t, w, LogEvent.DOWNLINK, Optional.empty());
                txAcks.await(w.gateway(), s.token(),
                        outcome -> work.execute(() -> onOutcome(t, i, outcome, rebooking, refusals)));
            }
            case PullRespResult.NoPullAddress n -> fail(t, w, "gateway " + n.gateway() + " has no downlink path");
            case PullRespResult.SendFailed f -> fail(t, w, "sending to gateway " + f.gateway() + " failed: "
                    + f.reason());
        }
    }

    private void onOutcome(Transmission t, int i, TxAckRouter.Outcome outcome, Rebooking rebooking,
            int refusals) {
        TxWindow w = t.attempts().get(i);
        switch (outcome) {
            case TxAckRouter.Outcome.Timeout to -> LOG.debug("no TX_ACK from {} for a downlink", w.gateway());
            case TxAckRouter.Outcome.Acked a when a.accepted() -> events.publish(new ServerEvent.DownlinkTransmitted(
                    clock.instant(), t.phyPayload(), w.gateway(), w.frequencyHz(), w.datr().toString(), w.window(),
                    t.devEui()));
            case TxAckRouter.Outcome.Acked a -> {
                TxAckError e = a.error().orElseThrow();
                logRow(t, w, LogEvent.TX_ACK, Optional.of(e.text()));
                int refused = refusals + 1;
                if (RETRY_LATER.contains(e.code()) && i + 1 < t.attempts().size()) {
                    attempt(t, i + 1, rebooking, refused);
                    return;
                }
                Optional<TxWindow> next = i + 1 == t.attempts().size() ? rebooking.after(w, e, refused)
                        : Optional.empty();
                if (next.isPresent()) {
                    attempt(t.in(next.get()), 0, rebooking, refused);
                } else {
                    fail(t, w, "gateway " + w.gateway() + " refused the " + w.window() + " downlink: " + e.text()
                            + (refused > t.attempts().size() ? " (refused " + refused + " times)" : ""));
                }
            }
        }
    }

    private void fail(Transmission t, TxWindow w, String reason) {
        LOG.debug("downlink failed: {}", reason);
        t.carried().ifPresent(d -> statuses.move(d.id(), d.target(), DownlinkStatus.SENT, DownlinkStatus.ERROR,
                Optional.of(reason)));
    }

    private void logRow(Transmission t, TxWindow w, LogEvent event, Optional<String> reason) {
        SessionLogEntry e = SessionLogEntry.of(clock.instant(), Direction.DOWNLINK, t.mType(), t.phyPayload(),
                        w.frequencyHz(), w.datr().toString(),
                        event == LogEvent.DOWNLINK && t.mType().equals("JoinAccept") ? LogEvent.JOIN_ACCEPT : event)
                .withGateway(w.gateway(), Optional.empty(), Optional.empty())
                .withDevice(t.devEui(), t.devAddr())
                .withFrame(t.fCnt(), t.fPort(), t.payload(), Optional.empty())
                .withReason(reason);
        writer.execute(tx -> log.insert(tx, e));
    }
}
