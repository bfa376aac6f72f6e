// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.band.Channel;
import lorabench.lorawan.band.DataRate;
import lorabench.lorawan.mac.MacCommand.ForceRejoinReq;
import lorabench.sim.radio.Transmission;

/// When a LoRaWAN 1.1 OTAA device sends rejoin-requests (L2 1.1 §5.13, §5.14, §6.2.4.3). Each one is an operation
/// of the device's queue ([RejoinExchange]), so it never overlaps an uplink; between them uplinks go on in the
/// current session.
///
/// ## Decisions
/// - **ForceRejoinReq**: the first rejoin-request as soon as the operation in progress ends (before any uplink
///   already queued), then up to Max_Retries more, each 32 s × 2^Period + Rand32 (uniform 0..32 s, millisecond
///   steps) after the end of the previous frame, until a join-accept answers. RejoinType 0 or 1 sends type 0, 2
///   sends type 2 (3..7 are RFU and ignored), at the command's data rate and the session's TX power. A new
///   ForceRejoinReq replaces the one in progress.
/// - **RejoinParamSetupReq**: a type 0 rejoin-request after every 2^(MaxCountN+4) uplinks and, as the device
///   keeps time on its scheduler, 2^(MaxTimeN+10) s after the last type 0 one (so TimeOK = 1). These go at the
///   session's data rate and TX power with ADR on, else at a random join-channel data rate and the default power.
///   A type 0 or 1 join-accept resets both limits with the other MAC settings; the time counts from the device's
///   creation after a restart (the instant of the last request is not saved).
/// - **Duty cycle**: type 0 and 2 rejoin-requests together stay under 0.1 % (§6.2.4.1): after a frame of airtime
///   `T` the next waits `999 T`, on top of the regional duty cycle.
/// - 1.0.x devices and ABP devices never rejoin: [MacCommandHandler] does not hand their commands here.
final class RejoinSchedule {
    private static final Duration RAND32 = Duration.ofSeconds(32);

    /// Why a rejoin-request is sent: a ForceRejoinReq (with the transmissions it still asks for), or the periodic
    /// limits of RejoinParamSetupReq.
    static final class Origin {
        final Optional<ForceRejoinReq> forced;
        int transmissionsLeft;

        private Origin(Optional<ForceRejoinReq> forced, int transmissions) {
            this.forced = forced;
            this.transmissionsLeft = transmissions;
        }
    }

    private final VirtualDevice d;
    private Origin forced;
    private TaskScheduler.Timer retry;
    private TaskScheduler.Timer timeLimit;
    private long timeLimitSeconds;
    private Instant notBefore = Instant.EPOCH;

    RejoinSchedule(VirtualDevice d) {
        this.d = d;
    }

    /// Honours a ForceRejoinReq: a rejoin-request now, then its retries.
    void force(ForceRejoinReq req) {
        if (req.rejoinType() > 2) {
            return;
        }
        cancelRetry();
        forced = new Origin(Optional.of(req), req.maxRetries() + 1);
        enqueue(forced, true);
    }

    /// Counts one new uplink (not its repetitions) against the RejoinParamSetupReq count limit.
    void uplinkSent() {
        MacSession s = d.session;
        if (s.type0UplinkLimit <= 0) {
            return;
        }
        s.uplinksSinceType0++;
        if (s.uplinksSinceType0 >= s.type0UplinkLimit) {
            s.uplinksSinceType0 = 0;
            enqueue(new Origin(Optional.empty(), 1), false);
        }
    }

    /// Follows the session's RejoinParamSetupReq time limit: starts, restarts or stops its timer when it changed.
    void syncTimeLimit() {
        long limit = d.session.joined ? d.session.type0TimeLimitSeconds : 0;
        if (limit != timeLimitSeconds) {
            timeLimitSeconds = limit;
            restartTimeLimit();
        }
    }

    /// {@return the earliest time the next type 0 or 2 rejoin-request may go} (0.1 % duty cycle)
    Instant notBefore() {
        return notBefore;
    }

    void transmitted(RejoinExchange x, Transmission t) {
        notBefore = t.end().plusNanos(t.airtime().toNanos() * 999);
        x.origin().transmissionsLeft--;
        if (x.rejoinType() == 0) {
            d.session.uplinksSinceType0 = 0;
            restartTimeLimit();
        }
    }

    /// A join-accept answered: a ForceRejoinReq in progress is done, and the new session's limits apply.
    void answered() {
        cancelRetry();
        forced = null;
        syncTimeLimit();
    }

    /// No join-accept came: the ForceRejoinReq in progress, if it is the one `x` served, goes on after its delay.
    void unanswered(RejoinExchange x) {
        Origin o = x.origin();
        if (o != forced || o.transmissionsLeft <= 0) {
            if (o == forced) {
                forced = null;
            }
            return;
        }
        int period = o.forced.orElseThrow().period();
        Duration delay = Duration.ofSeconds(32L << period).plusMillis(d.random.nextLong(RAND32.toMillis() + 1));
        retry = d.scheduler.scheduleAt(d.transmittingUntil.plus(delay), () -> {
            synchronized (d) {
                if (forced == o) {
                    enqueue(o, false);
                }
            }
        });
    }

    /// `x` could not be sent (no session, RJcount0 used up, no channel for its data rate): a ForceRejoinReq it
    /// served is given up rather than retried forever.
    void notSent(RejoinExchange x) {
        if (x.origin() == forced) {
            cancelRetry();
            forced = null;
        }
    }

    void stop() {
        cancelRetry();
        forced = null;
        if (timeLimit != null) {
            timeLimit.cancel();
        }
    }

    /// Queues one rejoin-request; `first` puts it before the operations already waiting.
    private void enqueue(Origin o, boolean first) {
        Runnable op = () -> {
            if ((o.forced.isPresent() && o != forced) || !d.session.joined) {
                d.operationDone();
                return;
            }
            RejoinExchange x = o.forced.map(f -> new RejoinExchange(d, f.rejoinType() == 2 ? 2 : 0, f.dataRate(),
                    d.session.txPowerIndex, o)).orElseGet(() -> periodic(o));
            d.current = x;
            x.attempt();
        };
        if (first) {
            d.enqueueNext(op);
        } else {
            d.enqueue(op);
        }
    }

    /// The autonomous type 0 rejoin-request's data rate and power (§6.2.4.3).
    private RejoinExchange periodic(Origin o) {
        if (d.config.adr()) {
            return new RejoinExchange(d, 0, d.session.dataRate, d.session.txPowerIndex, o);
        }
        int min = d.band.joinChannels().stream().mapToInt(Channel::minDr).min().orElse(0);
        int max = d.band.joinChannels().stream().mapToInt(Channel::maxDr)
                .filter(x -> d.band.dataRate(x).orElse(null) instanceof DataRate.LoRa).max().orElse(min);
        return new RejoinExchange(d, 0, min + d.random.nextInt(max - min + 1), 0, o);
    }

    private void restartTimeLimit() {
        if (timeLimit != null) {
            timeLimit.cancel();
            timeLimit = null;
        }
        if (timeLimitSeconds <= 0) {
            return;
        }
        timeLimit = d.scheduler.schedule(Duration.ofSeconds(timeLimitSeconds), () -> {
            synchronized (d) {
                timeLimit = null;
                restartTimeLimit(); // the next period runs even if this request cannot be sent
                enqueue(new Origin(Optional.empty(), 1), false);
            }
        });
    }

    private void cancelRetry() {
        if (retry != null) {
            retry.cancel();
            retry = null;
        }
    }
}
