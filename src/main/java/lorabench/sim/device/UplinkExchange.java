// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import lorabench.lorawan.band.DataRate;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.types.Bytes;
import lorabench.sim.radio.Reception;
import lorabench.sim.radio.Transmission;

/// One data uplink with its receive windows and repetitions (LoRaWAN L2 1.0.4 §3.3, §4.3.1.1, §18 "Retransmissions"):
/// - RX1 opens RECEIVE_DELAY1 (RxDelay) after the end of the frame on the RX1 frequency (the channel's DlChannel
///   frequency, else the band's rule) at the band's RX1 data rate for (DR, RX1DROffset); RX2 one second later on
///   the RX2 frequency and data rate. A valid downlink in RX1 closes RX2.
/// - Unconfirmed frames are repeated NbTrans times unless a downlink arrives; confirmed frames until acknowledged,
///   up to max(NbTrans, maxConfirmedTransmissions) times, each retry after RETRANSMIT_TIMEOUT (1..3 s at random).
///   Repetitions keep FCnt and content (1.1 re-MICs them for the new channel and DR).
/// - Each transmission waits for a free channel (duty cycle).
final class UplinkExchange implements VirtualDevice.Exchange {
    private final VirtualDevice d;
    private final MacSession s;
    private final Optional<Integer> fPort;
    private final Bytes payload;
    private final boolean confirmed;
    private final CompletableFuture<UplinkResult> future;
    private long fCnt = -1;
    private List<MacCommand> macCommands;
    private UplinkFrames.Flags flags;
    private int sent;
    private Optional<ReceivedDownlink> downlink = Optional.empty();
    private boolean ackReceived;
    private boolean done;

    UplinkExchange(VirtualDevice d, Optional<Integer> fPort, Bytes payload, boolean confirmed,
            CompletableFuture<UplinkResult> future) {
        this.d = d;
        this.s = d.session;
        this.fPort = fPort;
        this.payload = payload;
        this.confirmed = confirmed;
        this.future = future;
    }

    void attempt() {
        synchronized (d) {
            Instant now = d.scheduler.instant();
            var choice = ChannelChoice.pick(s, d.band, s.dataRate, now, d.random);
            if (choice.isEmpty()) {
                finish();
                return;
            }
            if (choice.get().at().isAfter(now)) {
                d.scheduler.scheduleAt(choice.get().at(), this::attempt);
                return;
            }
            if (fCnt < 0) {
                prepare();
            }
            int ch = choice.get().index();
            var f = new UplinkFrames.Flags(flags.adr(), flags.adrAckReq(), flags.ack(), flags.classB(),
                    flags.confFCnt(), s.dataRate, ch);
            Bytes phy = UplinkFrames.build(s, d.config.macVersion(), confirmed, fCnt, f, macCommands, fPort(), payload);
            Transmission t = d.transmit(choice.get().frequencyHz(), s.dataRate, phy);
            sent++;
            openWindows(t, ch);
        }
    }

    /// The first transmission fixes FCnt, FOpts and FCtrl.
    private void prepare() {
        fCnt = s.fCntUp++;
        d.uplinks++;
        d.rejoinSchedule.uplinkSent();
        boolean adrAckReq = AdrBackoff.beforeUplink(s, d.band, d.config.adr());
        List<MacCommand> all = new ArrayList<>(d.answers);
        all.addAll(d.stickyAnswers);
        if (s.resetPending) {
            all.add(new MacCommand.ResetInd(1));
        }
        if (s.rekeyPending) {
            all.add(new MacCommand.RekeyInd(1));
        }
        all.addAll(d.requests);
        d.answers.clear();
        d.requests.clear();
        if (fPort.isPresent() && MacCommandCodec.encode(all).size() > 15) {
            // NOTE: FOpts holds 15 bytes; what does not fit waits for a later uplink (answers first).
            List<MacCommand> fit = new ArrayList<>();
            int size = 0;
            for (MacCommand c : all) {
                int n = MacCommandCodec.size(c);
                if (size + n <= 15) {
                    fit.add(c);
                    size += n;
                } else if (!d.stickyAnswers.contains(c)) {
                    d.answers.add(c);
                }
            }
            all = fit;
        }
        macCommands = all;
        boolean ack = d.pendingAckFCnt >= 0;
        int confFCnt = ack ? (int) (d.pendingAckFCnt & 0xFFFF) : 0;
        d.pendingAckFCnt = -1;
        if (confirmed) {
            d.lastConfirmedUplinkFCnt = fCnt;
        }
        flags = new UplinkFrames.Flags(d.config.adr(), adrAckReq, ack, d.classB.active(), confFCnt, 0, 0);
    }

    /// Without an application port, MAC commands that do not fit FOpts go in an FPort 0 payload.
    private Optional<Integer> fPort() {
        if (fPort.isEmpty() && MacCommandCodec.encode(macCommands).size() > 15) {
            return Optional.of(0);
        }
        return fPort;
    }

    private void openWindows(Transmission t, int channel) {
        Duration delay = Duration.ofSeconds(s.rxDelaySeconds);
        Instant rx1 = t.end().plus(delay);
        Instant rx2 = rx1.plusSeconds(1);
        var chState = s.channels.get(channel);
        long f1 = chState.downlinkFrequencyHz() > 0 ? chState.downlinkFrequencyHz()
                : d.band.rx1Frequency(t.frequencyHz()).orElse(t.frequencyHz());
        int dr1 = d.band.rx1DataRate(s.dataRate, s.rx1DrOffset, s.downlinkDwellTime).orElse(s.dataRate);
        RxWindow w1 = RxWindow.at(rx1, f1, (DataRate.LoRa) d.band.dataRate(dr1).orElseThrow(), RxWindow.Kind.RX1);
        RxWindow w2 = RxWindow.at(rx2, s.rx2FrequencyHz, (DataRate.LoRa) d.band.dataRate(s.rx2DataRate).orElseThrow(),
                RxWindow.Kind.RX2);
        d.addWindow(w1);
        d.addWindow(w2);
        d.scheduler.scheduleAt(w2.close().plusNanos(1), this::afterWindows);
    }

    @Override
    public boolean onFrame(Bytes phy, Reception r, RxWindow w) {
        return false;
    }

    void onDownlink(ReceivedDownlink dl) {
        synchronized (d) {
            if (done) {
                return;
            }
            d.removeWindows(RxWindow.Kind.RX1, RxWindow.Kind.RX2);
            downlink = Optional.of(dl);
            ackReceived |= dl.ack();
        }
    }

    private void afterWindows() {
        synchronized (d) {
            if (done) {
                return;
            }
            if (!d.windowsOver(this::afterWindows)) {
                return;
            }
            boolean more = confirmed
                    ? !ackReceived && sent < Math.max(s.nbTrans, d.config.maxConfirmedTransmissions())
                    : downlink.isEmpty() && sent < s.nbTrans;
            if (more) {
                Duration wait = confirmed ? Duration.ofMillis(1000 + d.random.nextInt(2001)) : Duration.ZERO;
                d.scheduler.schedule(wait, this::attempt);
                return;
            }
            finish();
        }
    }

    private void finish() {
        done = true;
        if (s.rekeyPending && s.fCntUp >= s.adrAckLimit) {
            // L2 1.1 §5.10: no RekeyConf within the first ADR_ACK_LIMIT uplinks of the session.
            d.revertToJoinState("no RekeyConf within " + s.adrAckLimit + " uplinks");
        }
        if (confirmed) {
            if (ackReceived) {
                d.acked++;
            } else {
                d.unacked++;
            }
        }
        d.operationDone();
        future.complete(new UplinkResult(Math.max(fCnt, 0), downlink, ackReceived, sent));
    }
}
