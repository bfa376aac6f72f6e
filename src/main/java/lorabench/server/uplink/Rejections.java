// SPDX-License-Identifier: Apache-2.0
package lorabench.server.uplink;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvent.RejectReason;
import lorabench.server.event.ServerEvents;
import lorabench.server.gateway.UplinkFrame;
import lorabench.store.BatchingWriter;
import lorabench.store.LogEvent;
import lorabench.store.SessionLogEntry;
import lorabench.store.SessionLogRepository;

/// Records a dropped frame: a [ServerEvent.FrameRejected] (or [ServerEvent.UplinkRefused]) and a `rejected`
/// session-log row with the reason.
public final class Rejections {
    private final ServerEvents events;
    private final BatchingWriter writer;
    private final SessionLogRepository log;
    private final TaskScheduler clock;
    private final AtomicLong count = new AtomicLong();

    public Rejections(ServerEvents events, BatchingWriter writer, SessionLogRepository log, TaskScheduler clock) {
        this.events = Objects.requireNonNull(events, "events");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /// {@return the outcome} after recording it
    public UplinkOutcome.Rejected reject(UplinkFrame frame, String mType, RejectReason reason, String detail,
            Optional<Eui64> devEui, Optional<DevAddr> devAddr) {
        count.incrementAndGet();
        Reception r = frame.best();
        events.publish(new ServerEvent.FrameRejected(clock.instant(), Optional.of(r.gateway()), frame.phyPayload(),
                reason, detail));
        SessionLogEntry e = SessionLogEntry.of(frame.receivedAt(), Direction.UPLINK, mType, frame.phyPayload(),
                        r.frequencyHz(), r.dataRate(), LogEvent.REJECTED)
                .withGateway(r.gateway(), Optional.of(r.rssi()), Optional.of(r.snr()))
                .withDevice(devEui, devAddr)
                .withFrame(Optional.empty(), Optional.empty(), Optional.empty(),
                        reason == RejectReason.MIC_MISMATCH ? Optional.of(false) : Optional.empty())
                .withReason(Optional.of(reason.name().toLowerCase(java.util.Locale.ROOT) + ": " + detail));
        writer.execute(tx -> log.insert(tx, e));
        return new UplinkOutcome.Rejected(reason, detail, devEui);
    }

    /// Records a data uplink an [UplinkPolicy] refused: a [ServerEvent.UplinkRefused] and a `rejected` session-log
    /// row whose reason is `refused: CODE: detail`. {@return the outcome}
    public UplinkOutcome.Rejected refuse(UplinkFrame frame, DataFrame data, Eui64 devEui, long fCnt32,
            UplinkPolicy.Refusal refusal) {
        count.incrementAndGet();
        Reception r = frame.best();
        DevAddr devAddr = data.fHdr().devAddr();
        events.publish(new ServerEvent.UplinkRefused(clock.instant(), devEui, devAddr, fCnt32, refusal.code(),
                refusal.detail(), frame.receptions(), frame.phyPayload()));
        SessionLogEntry e = SessionLogEntry.of(frame.receivedAt(), Direction.UPLINK, data.mHdr().mType().specName(),
                        frame.phyPayload(), r.frequencyHz(), r.dataRate(), LogEvent.REJECTED)
                .withGateway(r.gateway(), Optional.of(r.rssi()), Optional.of(r.snr()))
                .withDevice(Optional.of(devEui), Optional.of(devAddr))
                .withFrame(Optional.of(fCnt32), data.fPort().map(p -> p.value()), Optional.empty(), Optional.of(true))
                .withReason(Optional.of("refused: " + refusal.code() + ": " + refusal.detail()));
        writer.execute(tx -> log.insert(tx, e));
        return new UplinkOutcome.Rejected(RejectReason.REFUSED, refusal.code() + ": " + refusal.detail(),
                Optional.of(devEui));
    }

    /// {@return how many frames were rejected}
    public long count() {
        return count.get();
    }
}
