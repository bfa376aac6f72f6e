// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.time.Instant;
import java.util.List;
import lorabench.lorawan.band.Channel;
import lorabench.lorawan.band.DataRate;
import lorabench.lorawan.types.Bytes;
import lorabench.sim.radio.Reception;
import lorabench.sim.radio.Transmission;

/// One type 0 or type 2 rejoin-request with its receive windows (LoRaWAN L2 1.1 §6.2.4); [RejoinSchedule] decides
/// when to send one and whether to try again.
///
/// ## Decisions
/// - **Channels** (§6.2.4.3): type 0 on a join channel, type 2 on an enabled channel, picked at random among those
///   the duty cycle leaves free (else the transmission waits for the first one to free).
/// - **Data rate**: the one asked; when no such channel allows it, the session's data rate; when none allows that
///   either, nothing is sent.
/// - **Windows** (§6.2.3): JOIN_ACCEPT_DELAY1 and 2 after the frame, on the session's RX1 (RX1DROffset, the
///   channel's DlChannel frequency) and RX2 parameters. A join-accept there starts the new session; any other
///   frame goes to the usual downlink checks, as the network may answer with a data downlink instead (§6.2.4.4).
/// - **RJcount0** is taken and saved before the frame goes on the air; at 2^16-1 no type 0 or 2 rejoin-request is
///   sent any more (§6.2.4.1).
final class RejoinExchange implements VirtualDevice.Exchange {
    private static final int RJ_COUNT_MAX = 0xFFFF;

    private final VirtualDevice d;
    private final int rejoinType;
    private final int dataRate;
    private final int txPowerIndex;
    private final RejoinSchedule.Origin origin;
    private int rjCount = -1;
    private boolean done;

    RejoinExchange(VirtualDevice d, int rejoinType, int dataRate, int txPowerIndex, RejoinSchedule.Origin origin) {
        this.d = d;
        this.rejoinType = rejoinType;
        this.dataRate = dataRate;
        this.txPowerIndex = txPowerIndex;
        this.origin = origin;
    }

    int rejoinType() {
        return rejoinType;
    }

    RejoinSchedule.Origin origin() {
        return origin;
    }

    void attempt() {
        synchronized (d) {
            if (done) {
                return;
            }
            MacSession s = d.session;
            Instant now = d.scheduler.instant();
            if (!s.joined || s.rjCount0 >= RJ_COUNT_MAX) {
                notSent();
                return;
            }
            Instant allowed = d.rejoinSchedule.notBefore();
            if (allowed.isAfter(now)) {
                d.scheduler.scheduleAt(allowed, this::attempt);
                return;
            }
            int dr = frequencies(dataRate).isEmpty() ? s.dataRate : dataRate;
            List<Long> channels = frequencies(dr);
            if (channels.isEmpty()) {
                notSent();
                return;
            }
            List<Long> free = channels.stream()
                    .filter(f -> !DutyCycle.availableAt(s, d.band, f, now).isAfter(now)).toList();
            if (free.isEmpty()) {
                d.scheduler.scheduleAt(channels.stream().map(f -> DutyCycle.availableAt(s, d.band, f, now))
                        .min(Instant::compareTo).orElseThrow(), this::attempt);
                return;
            }
            long frequency = free.get(d.random.nextInt(free.size()));
            rjCount = s.rjCount0++;
            d.save();
            d.rejoinRequests++;
            Transmission t = d.transmit(frequency, dr, RejoinFrames.request(d.config, s, rejoinType, rjCount),
                    txPowerIndex);
            d.rejoinSchedule.transmitted(this, t);
            openWindows(t, dr);
        }
    }

    /// {@return the uplink frequencies this rejoin type may use at data rate `dr`}
    private List<Long> frequencies(int dr) {
        if (d.band.dataRate(dr).isEmpty() || !(d.band.dataRate(dr).get() instanceof DataRate.LoRa)) {
            return List.of();
        }
        if (rejoinType == 2) {
            return d.session.enabledChannelsFor(dr).stream().map(i -> d.session.channels.get(i).frequencyHz())
                    .toList();
        }
        return d.band.joinChannels().stream().filter(c -> c.allows(dr)).map(Channel::frequencyHz).toList();
    }

    private void openWindows(Transmission t, int dr) {
        MacSession s = d.session;
        var timing = d.band.timing();
        long f1 = s.channels.stream().filter(c -> c.frequencyHz() == t.frequencyHz() && c.downlinkFrequencyHz() > 0)
                .map(c -> c.downlinkFrequencyHz()).findFirst()
                .orElseGet(() -> d.band.rx1Frequency(t.frequencyHz()).orElse(t.frequencyHz()));
        int dr1 = d.band.rx1DataRate(dr, s.rx1DrOffset, s.downlinkDwellTime).orElse(dr);
        d.addWindow(RxWindow.at(t.end().plus(timing.joinAcceptDelay1()), f1,
                (DataRate.LoRa) d.band.dataRate(dr1).orElseThrow(), RxWindow.Kind.RX1));
        RxWindow w2 = RxWindow.at(t.end().plus(timing.joinAcceptDelay2()), s.rx2FrequencyHz,
                (DataRate.LoRa) d.band.dataRate(s.rx2DataRate).orElseThrow(), RxWindow.Kind.RX2);
        d.addWindow(w2);
        d.scheduler.scheduleAt(w2.close().plusNanos(1), this::afterWindows);
    }

    @Override
    public boolean onFrame(Bytes phy, Reception r, RxWindow w) {
        if (done || rjCount < 0 || !RejoinFrames.accept(d.config, d.band, d.session, phy, rejoinType, rjCount)) {
            return false;
        }
        done = true;
        d.removeWindows(RxWindow.Kind.RX1, RxWindow.Kind.RX2);
        d.rejoins++;
        d.sessionReplaced();
        d.rejoinSchedule.answered();
        d.sessionStarted();
        d.operationDone();
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
            d.rejoinSchedule.unanswered(this);
            finish();
        }
    }

    private void notSent() {
        d.rejoinSchedule.notSent(this);
        finish();
    }

    private void finish() {
        done = true;
        d.operationDone();
    }
}
