// SPDX-License-Identifier: Apache-2.0
package lorabench.server.uplink;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import lorabench.lorawan.frame.DataFrame;
import lorabench.lorawan.frame.EncryptedJoinAccept;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.MalformedFrameException;
import lorabench.lorawan.frame.PhyPayload;
import lorabench.lorawan.frame.Proprietary;
import lorabench.lorawan.frame.RejoinRequest;
import lorabench.server.event.ServerEvent.RejectReason;
import lorabench.server.gateway.UplinkFrame;
import lorabench.server.join.JoinServer;
import lorabench.server.join.RejoinServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The first step after de-duplication: decodes the PHYPayload and hands it to the join server, the rejoin
/// handler or the data pipeline. A frame that does not decode is rejected as MALFORMED with the decoder's field
/// and offset (STYLE.md §9: [MalformedFrameException] is caught here, once). Runs on the thread that closed the
/// de-duplication window; the handlers return at once with a future.
public final class FrameRouter implements Consumer<UplinkFrame> {
    private static final Logger LOG = LoggerFactory.getLogger(FrameRouter.class);

    private final DataUplinkHandler data;
    private final JoinServer join;
    private final RejoinServer rejoin;
    private final Rejections rejections;
    private final Executor work;

    public FrameRouter(DataUplinkHandler data, JoinServer join, RejoinServer rejoin, Rejections rejections,
            Executor work) {
        this.work = Objects.requireNonNull(work, "work");
        this.data = Objects.requireNonNull(data, "data");
        this.join = Objects.requireNonNull(join, "join");
        this.rejoin = Objects.requireNonNull(rejoin, "rejoin");
        this.rejections = Objects.requireNonNull(rejections, "rejections");
    }

    @Override
    public void accept(UplinkFrame frame) {
        route(frame);
    }

    /// {@return the outcome of the frame}: an [UplinkOutcome] for data frames and rejections, a
    /// [lorabench.server.join.JoinOutcome] for (re)join-requests
    public CompletableFuture<?> route(UplinkFrame frame) {
        PhyPayload phy;
        try {
            phy = FrameCodec.decode(frame.phyPayload());
        } catch (MalformedFrameException e) {
            return CompletableFuture.completedFuture(rejections.reject(frame, "Unknown", RejectReason.MALFORMED,
                    e.getMessage(), Optional.empty(), Optional.empty()));
        }
        try {
            return switch (phy) {
                case DataFrame d -> data.handle(frame, d);
                case JoinRequest j -> elsewhere("JoinRequest", () -> join.onJoinRequest(frame, j));
                case RejoinRequest r -> elsewhere("RejoinRequest", () -> rejoin.onRejoinRequest(frame, r));
                case EncryptedJoinAccept j -> wrong(frame, "JoinAccept");
                case JoinAccept j -> wrong(frame, "JoinAccept");
                case Proprietary p -> CompletableFuture.completedFuture(rejections.reject(frame, "Proprietary",
                        RejectReason.UNSUPPORTED, "proprietary frames are not handled", Optional.empty(),
                        Optional.empty()));
            };
        } catch (RuntimeException e) {
            LOG.error("processing a {} failed", phy.getClass().getSimpleName(), e);
            return CompletableFuture.failedFuture(e);
        }
    }

    /// {@return the outcome of `handler`}, run on `work`
    private <T> CompletableFuture<T> elsewhere(String what, Supplier<CompletableFuture<T>> handler) {
        return CompletableFuture.supplyAsync(handler, work).thenCompose(f -> f).whenComplete((r, e) -> {
            if (e != null) {
                LOG.error("processing a {} failed", what, e);
            }
        });
    }

    private CompletableFuture<UplinkOutcome> wrong(UplinkFrame frame, String mType) {
        return CompletableFuture.completedFuture(rejections.reject(frame, mType, RejectReason.WRONG_DIRECTION,
                "a downlink frame was received", Optional.empty(), Optional.empty()));
    }
}
