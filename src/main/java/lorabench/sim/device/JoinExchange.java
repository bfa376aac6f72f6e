// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import lorabench.lorawan.band.Channel;
import lorabench.lorawan.band.DataRate;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevNonce;
import lorabench.sim.radio.Reception;
import lorabench.sim.radio.Transmission;

/// OTAA join with retries (LoRaWAN L2 1.0.4 §6.2.4-6.2.6, §7 "Retransmissions back-off").
///
/// ## Decisions
/// - **Windows.** RX1 opens JOIN_ACCEPT_DELAY1 (5 s) after the join-request on the band's RX1 frequency at the RX1
///   data rate with offset 0; RX2 at JOIN_ACCEPT_DELAY2 (6 s) on the band's default RX2 parameters.
/// - **Data rate.** Attempts start at the highest data rate the join channels allow and step one data rate down
///   every second attempt, to the lowest (as LoRaMac-node alternates), so a distant device still gets through.
/// - **Back-off.** §7 caps the aggregated join duty cycle at 1 % during the first hour after the first attempt,
///   0.1 % for the next ten hours and 0.01 % after: after each join-request of airtime `T` the next waits
///   `T (1/dc - 1)`, plus a uniform jitter of 0..1 s so that devices started together drift apart, and never before
///   the regional duty cycle allows.
/// - **DevNonce** is the persisted counter in 1.0.4 and 1.1, random and never reused before (§6.2.4).
final class JoinExchange implements VirtualDevice.Exchange {
    private final VirtualDevice d;
    private final CompletableFuture<JoinOutcome> future;
    private int attempts;
    private Instant firstAttempt;
    private Instant notBefore = Instant.EPOCH;
    private DevNonce devNonce;
    private boolean done;

    JoinExchange(VirtualDevice d, CompletableFuture<JoinOutcome> future) {
        this.d = d;
        this.future = future;
    }

    void attempt() {
        synchronized (d) {
            if (done) {
                return;
            }
            Instant now = d.scheduler.instant();
            int dr = dataRate();
            var channels = d.band.joinChannels().stream().filter(c -> c.allows(dr)).toList();
            if (notBefore.isAfter(now)) {
                d.scheduler.scheduleAt(notBefore, this::attempt);
                return;
            }
            var free = channels.stream()
                    .filter(c -> !DutyCycle.availableAt(d.session, d.band, c.frequencyHz(), now).isAfter(now)).toList();
            if (free.isEmpty()) {
                Instant earliest = channels.stream()
                        .map(c -> DutyCycle.availableAt(d.session, d.band, c.frequencyHz(), now))
                        .min(Instant::compareTo).orElse(now.plusSeconds(1));
                d.scheduler.scheduleAt(earliest, this::attempt);
                return;
            }
            Channel pick = free.get(d.random.nextInt(free.size()));
            var nonce = JoinFrames.nextDevNonce(d.config, d.session, d.random);
            if (nonce.isEmpty()) {
                fail("DevNonce space exhausted");
                return;
            }
            devNonce = nonce.get();
            d.save();
            attempts++;
            d.joinRequests++;
            if (firstAttempt == null) {
                firstAttempt = now;
            }
            Transmission t = d.transmit(pick.frequencyHz(), dr, JoinFrames.joinRequest(d.config, devNonce));
            double dc = backoffDutyCycle(Duration.between(firstAttempt, now));
            notBefore = t.end().plusNanos(Math.round(t.airtime().toNanos() * (1 / dc - 1)))
                    .plusNanos(d.random.nextLong(1_000_000_000L));
            var timing = d.band.timing();
            int dr1 = d.band.rx1DataRate(dr, 0).orElse(dr);
            long f1 = d.band.rx1Frequency(t.frequencyHz()).orElse(t.frequencyHz());
            d.addWindow(RxWindow.at(t.end().plus(timing.joinAcceptDelay1()), f1,
                    (DataRate.LoRa) d.band.dataRate(dr1).orElseThrow(), RxWindow.Kind.RX1));
            RxWindow w2 = RxWindow.at(t.end().plus(timing.joinAcceptDelay2()), d.band.rx2().frequencyHz(),
                    (DataRate.LoRa) d.band.dataRate(d.band.rx2().dataRate()).orElseThrow(), RxWindow.Kind.RX2);
            d.addWindow(w2);
            d.scheduler.scheduleAt(w2.close().plusNanos(1), this::afterWindows);
        }
    }

    private int dataRate() {
        int max = d.band.joinChannels().stream().mapToInt(Channel::maxDr)
                .filter(x -> d.band.dataRate(x).orElse(null) instanceof DataRate.LoRa).max().orElse(0);
        int min = d.band.joinChannels().stream().mapToInt(Channel::minDr).min().orElse(0);
        return Math.max(min, max - attempts / 2);
    }

    static double backoffDutyCycle(Duration sinceFirst) {
        if (sinceFirst.compareTo(Duration.ofHours(1)) < 0) {
            return 0.01;
        }
        return sinceFirst.compareTo(Duration.ofHours(11)) < 0 ? 0.001 : 0.0001;
    }

    @Override
    public boolean onFrame(Bytes phy, Reception r, RxWindow w) {
        if (done || devNonce == null || !JoinFrames.accept(d.config, d.band, d.session, phy, devNonce)) {
            return false;
        }
        done = true;
        d.removeWindows(RxWindow.Kind.RX1, RxWindow.Kind.RX2);
        d.joins++;
        d.answers.clear();
        d.stickyAnswers.clear();
        d.rejoinSchedule.answered();
        d.sessionStarted();
        d.operationDone();
        future.complete(new JoinOutcome.Accepted(d.session.devAddr, attempts));
        return true;
    }

    private void afterWindows() {
        synchronized (d) {
            if (done) {
                return;
            }
            if (!d.windowsOver(this::afterWindows)) {
                return;
            }
            if (attempts >= d.config.maxJoinAttempts()) {
                fail("no join-accept after " + attempts + " join-requests");
            } else {
                attempt();
            }
        }
    }

    private void fail(String reason) {
        done = true;
        d.operationDone();
        future.complete(new JoinOutcome.Failed(attempts, reason));
    }
}
