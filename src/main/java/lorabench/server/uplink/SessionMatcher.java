// SPDX-License-Identifier: Apache-2.0
package lorabench.server.uplink;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.band.Channel;
import lorabench.lorawan.crypto.FCntReconstruction;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent.RejectReason;
import lorabench.server.session.DeviceCache;
import lorabench.server.session.DeviceContext;
import lorabench.store.Database;
import lorabench.store.DeviceSession;
import lorabench.store.Downlink;
import lorabench.store.DownlinkRepository;
import lorabench.store.DownlinkTarget;

/// Finds the session an uplink belongs to and the frame's full counter (L2 1.0.4 §4.3.1.5, §4.4; L2 1.1 §4.4).
///
/// DevAddr is not unique, so the MIC is tried against every session with the frame's DevAddr; the first that
/// verifies wins. Sessions come from the [DeviceCache], so matching costs no database read (except the confirmed
/// downlink counter of a 1.1 frame with the ACK bit). The 32-bit counter comes from [FCntReconstruction]: a new counter or the last one again
/// (retransmission). A frame whose MIC only verifies with an older counter of the current 16-bit epoch is a replay
/// ([RejectReason#FCNT_REPLAY]). A device marked `relaxedFCnt` (ABP devices that lose their counters on reset) may
/// also restart: when its MIC verifies with the on-air value taken as the whole counter, the frame is accepted and
/// the session's counter starts again from there; this disables replay protection for that device, by choice.
public final class SessionMatcher {
    /// The verdict.
    public sealed interface Match {
        /// `ctx` is the context of `slot` the frame was matched against.
        record Found(DeviceCache.Slot slot, DeviceContext ctx, long fCnt32, boolean retransmission,
                boolean counterReset) implements Match {}

        record NotFound(RejectReason reason, String detail, Optional<DeviceSession> session) implements Match {}
    }

    private final Database db;
    private final DeviceCache cache;
    private final DownlinkRepository downlinks;

    public SessionMatcher(Database db, DeviceCache cache, DownlinkRepository downlinks) {
        this.db = Objects.requireNonNull(db, "db");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.downlinks = Objects.requireNonNull(downlinks, "downlinks");
    }

    public Match match(DataFrame frame, Reception best) {
        List<DeviceCache.Slot> candidates = cache.candidates(frame.fHdr().devAddr());
        if (candidates.isEmpty()) {
            return new Match.NotFound(RejectReason.UNKNOWN_DEVADDR, "no session uses DevAddr "
                    + frame.fHdr().devAddr(), Optional.empty());
        }
        Bytes msg = FrameCodec.micInput(frame);
        int f16 = frame.fHdr().fCnt();
        Match.NotFound failure = new Match.NotFound(RejectReason.MIC_MISMATCH, "the MIC matches none of "
                + candidates.size() + " session(s) with DevAddr " + frame.fHdr().devAddr(), Optional.empty());
        for (DeviceCache.Slot slot : candidates) {
            DeviceContext ctx = slot.context();
            DeviceSession s = ctx.session();
            Mics mics = new Mics(ctx, frame, best, msg);
            long last = s.fCntUp() == 0 ? FCntReconstruction.NONE : s.fCntUp() - 1;
            FCntReconstruction.Outcome o = FCntReconstruction.classify(last, f16);
            if (o.verdict() != FCntReconstruction.Verdict.EXHAUSTED && mics.valid(o.fCnt32())) {
                return new Match.Found(slot, ctx, o.fCnt32(),
                        o.verdict() == FCntReconstruction.Verdict.RETRANSMISSION, false);
            }
            if (ctx.device().relaxedFCnt() && f16 != o.fCnt32() && mics.valid(f16)) {
                return new Match.Found(slot, ctx, f16, false, true);
            }
            long sameEpoch = last < 0 ? -1 : (last & ~0xFFFFL) | f16;
            if (sameEpoch >= 0 && sameEpoch < last && mics.valid(sameEpoch)) {
                return new Match.NotFound(RejectReason.FCNT_REPLAY, "FCnt " + sameEpoch + " is not above the last "
                        + "accepted " + last, Optional.of(s));
            }
            if (o.verdict() == FCntReconstruction.Verdict.EXHAUSTED) {
                failure = new Match.NotFound(RejectReason.FCNT_EXHAUSTED, "the 32-bit FCntUp is exhausted; the "
                        + "device must rejoin", Optional.of(s));
            }
        }
        return failure;
    }

    /// MIC checks of one frame against one session.
    private final class Mics {
        private final DeviceContext ctx;
        private final DataFrame frame;
        private final Reception best;
        private final Bytes msg;
        private Integer confFCnt;

        Mics(DeviceContext ctx, DataFrame frame, Reception best, Bytes msg) {
            this.ctx = ctx;
            this.frame = frame;
            this.best = best;
            this.msg = msg;
        }

        boolean valid(long fCnt32) {
            DeviceSession s = ctx.session();
            Bytes mic;
            if (s.macVersion().is11()) {
                int txDr = ctx.band().dataRateIndex(best.dataRate(), Direction.UPLINK).orElse(0);
                mic = Mic.dataUplink11(s.keys().fNwkSIntKey(), s.keys().sNwkSIntKey(), s.devAddr(), fCnt32,
                        confFCnt(), txDr, channel(), msg);
            } else {
                mic = Mic.dataUplink10(s.keys().fNwkSIntKey(), s.devAddr(), fCnt32, msg);
            }
            return mic.constantTimeEquals(frame.mic());
        }

        /// ConfFCnt: the counter of the confirmed downlink this uplink acknowledges (L2 1.1 §4.4)
        private int confFCnt() {
            if (confFCnt == null) {
                confFCnt = 0;
                if (frame.fHdr().fCtrl().ack()) {
                    DownlinkTarget t = new DownlinkTarget.Device(ctx.session().devEui());
                    List<Downlink> waiting = db.inTransaction(tx -> downlinks.awaitingAck(tx, t));
                    if (!waiting.isEmpty()) {
                        confFCnt = (int) (waiting.getLast().fCnt().orElse(0L) & 0xFFFF);
                    }
                }
            }
            return confFCnt;
        }

        /// TxCh: the index of the uplink channel in the device's channel list (L2 1.1 §4.4)
        private int channel() {
            List<Channel> channels = ctx.mac().channels();
            for (int i = 0; i < channels.size(); i++) {
                Channel c = channels.get(i);
                if (c != null && c.frequencyHz() == best.frequencyHz()) {
                    return i;
                }
            }
            return ctx.band().channelForUplinkFrequency(best.frequencyHz()).orElse(0);
        }
    }
}
