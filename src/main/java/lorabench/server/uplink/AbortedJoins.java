// SPDX-License-Identifier: Apache-2.0
package lorabench.server.uplink;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.crypto.FCntReconstruction;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvents;
import lorabench.server.join.ReplacedSessions;
import lorabench.server.session.DeviceCache;
import lorabench.store.BatchingWriter;
import lorabench.store.DeviceSession;
import lorabench.store.DeviceSessionRepository;

/// Joins the device did not complete: an uplink that no current session accepts but whose MIC verifies under a
/// session a join replaced (its device missed the join-accept and goes on with the old keys, or the join-request
/// was a replay) brings that session back, announced as [ServerEvent.JoinAborted] (OrbiWAN `JOIN_ABORTED`, seed
/// §Join-Info Callback); the frame is then matched again. Only LoRaWAN 1.0 sessions are checked: a 1.1 MIC needs the
/// uplink's TxDr/TxCh and ConfFCnt context of the old session.
public final class AbortedJoins {
    private final ReplacedSessions replaced;
    private final DeviceSessionRepository sessions;
    private final DeviceCache cache;
    private final BatchingWriter writer;
    private final ServerEvents events;
    private final TaskScheduler clock;

    public AbortedJoins(ReplacedSessions replaced, DeviceSessionRepository sessions, DeviceCache cache, BatchingWriter writer,
            ServerEvents events, TaskScheduler clock) {
        this.replaced = replaced;
        this.sessions = sessions;
        this.cache = cache;
        this.writer = writer;
        this.events = events;
        this.clock = clock;
    }

    /// {@return a future that completes once the replaced session `frame` belongs to is active again}, or empty
    /// when it belongs to none
    Optional<CompletableFuture<Void>> restore(DataFrame frame) {
        Optional<DeviceSession> old = replaced.onAddress(frame.fHdr().devAddr())
                .filter(s -> !s.macVersion().is11() && verifies(s, frame));
        return old.map(s -> writer.submit(tx -> sessions.save(tx, s)).thenAccept(saved -> {
            replaced.forget(s.devEui());
            cache.invalidate(s.devEui(), Optional.of(s.devAddr()));
            events.publish(new ServerEvent.JoinAborted(clock.instant(), s.devEui(), s.devAddr()));
        }));
    }

    /// Forgets the replaced session of `devEui`: the device sent its first uplink with the new keys.
    void completed(lorabench.lorawan.types.Eui64 devEui) {
        replaced.forget(devEui);
    }

    private static boolean verifies(DeviceSession s, DataFrame frame) {
        long last = s.fCntUp() == 0 ? FCntReconstruction.NONE : s.fCntUp() - 1;
        long fCnt32 = FCntReconstruction.classify(last, frame.fHdr().fCnt()).fCnt32();
        return Mic.dataUplink10(s.keys().fNwkSIntKey(), s.devAddr(), fCnt32, FrameCodec.micInput(frame))
                .constantTimeEquals(frame.mic());
    }
}
