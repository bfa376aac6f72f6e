// SPDX-License-Identifier: Apache-2.0
package lorabench.server.join;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.MType;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import lorabench.server.downlink.DownlinkSender;
import lorabench.server.downlink.Transmission;
import lorabench.server.downlink.TxWindow;
import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvent.JoinRejectReason;
import lorabench.server.event.ServerEvents;
import lorabench.server.gateway.UplinkFrame;
import lorabench.store.Activation;
import lorabench.store.BatchingWriter;
import lorabench.store.Device;
import lorabench.store.LogEvent;
import lorabench.store.SessionLogEntry;
import lorabench.store.SessionLogRepository;

/// What the join paths answer: the join-accept in RX1 (JOIN_ACCEPT_DELAY1 after the request, the band's RX1
/// frequency and data rate) with RX2 (JOIN_ACCEPT_DELAY2, the band's default RX2) as fallback, and refusals (a
/// `rejected` session-log row and a [ServerEvent.JoinRejected]).
final class JoinReplies {
    private final SessionLogRepository log;
    private final BatchingWriter writer;
    private final DownlinkSender sender;
    private final ServerEvents events;
    private final TaskScheduler clock;

    JoinReplies(SessionLogRepository log, BatchingWriter writer, DownlinkSender sender, ServerEvents events,
            TaskScheduler clock) {
        this.log = log;
        this.writer = writer;
        this.sender = sender;
        this.events = events;
        this.clock = clock;
    }

    void send(UplinkFrame frame, Band band, int rx2Dr, Bytes phy, Device d) {
        Reception best = frame.best();
        int rx1Delay = (int) band.timing().joinAcceptDelay1().toSeconds();
        int upDr = band.dataRateIndex(best.dataRate(), Direction.UPLINK).orElse(0);
        List<TxWindow> windows = new ArrayList<>(2);
        TxWindow.rx1(band, best, upDr, 0, rx1Delay).ifPresent(windows::add);
        TxWindow.rx2(band, best, rx2Dr, band.rx2().frequencyHz(), rx1Delay).ifPresent(windows::add);
        if (windows.isEmpty()) {
            return;
        }
        sender.send(new Transmission(phy, windows, Optional.of(d.devEui()), Optional.empty(),
                MType.JOIN_ACCEPT.specName(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    CompletableFuture<JoinOutcome> reject(UplinkFrame frame, JoinRequest jr, Optional<Device> d,
            JoinRejectReason reason, String detail) {
        return CompletableFuture.completedFuture(rejectNow(frame, jr, d, reason, detail));
    }

    JoinOutcome rejectNow(UplinkFrame frame, JoinRequest jr, Optional<Device> d, JoinRejectReason reason,
            String detail) {
        events.publish(new ServerEvent.JoinRejected(clock.instant(), jr.devEui(), jr.joinEui(), jr.devNonce(), reason,
                detail, frame.phyPayload(), frame.receptions()));
        SessionLogEntry e = row(frame, jr, d, LogEvent.REJECTED, Optional.of(reason.name().toLowerCase(Locale.ROOT)
                + ": " + detail));
        writer.execute(tx -> log.insert(tx, e));
        return new JoinOutcome.Rejected(jr.devEui(), reason, detail);
    }

    static SessionLogEntry row(UplinkFrame frame, JoinRequest jr, Optional<Device> d, LogEvent event,
            Optional<String> reason) {
        Reception r = frame.best();
        boolean knownKey = d.isPresent() && d.get().activation() == Activation.OTAA;
        Optional<Boolean> micValid = reason.isEmpty() ? Optional.of(true)
                : reason.get().startsWith("bad_mic") ? Optional.of(false) : Optional.empty();
        return SessionLogEntry.of(frame.receivedAt(), Direction.UPLINK, MType.JOIN_REQUEST.specName(),
                        frame.phyPayload(), r.frequencyHz(), r.dataRate(), event)
                .withGateway(r.gateway(), Optional.of(r.rssi()), Optional.of(r.snr()))
                .withDevice(Optional.of(jr.devEui()), Optional.empty())
                .withFrame(Optional.empty(), Optional.empty(), Optional.empty(), knownKey ? micValid : Optional.empty())
                .withReason(reason);
    }
}
