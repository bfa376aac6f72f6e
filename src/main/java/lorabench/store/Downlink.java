// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;

/// A queued downlink and where it is in its [DownlinkStatus] life cycle. `requestedFCnt` is the frame counter the
/// application asked for (OrbiWAN lets it choose one), `fCnt` the counter it was sent with; `error` says why it
/// ended in ERROR. A draft for [DownlinkRepository#enqueue] is made with [#newDownlink].
public record Downlink(long id, DownlinkTarget target, int fPort, Bytes payload, boolean confirmed,
        Optional<Long> requestedFCnt, Optional<Long> fCnt, DownlinkStatus status, Optional<String> error,
        Instant created, Optional<Instant> sent, Instant updated) {

    public Downlink {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(requestedFCnt, "requestedFCnt");
        Objects.requireNonNull(fCnt, "fCnt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(updated, "updated");
        // FPort 0 carries MAC commands only and 224 is the test protocol; applications use 1..223 (L2 1.0.4 §4.3.2)
        if (fPort < 1 || fPort > 255) {
            throw new IllegalArgumentException("a queued downlink's fPort must be 1..255, got " + fPort);
        }
    }

    /// {@return a draft downlink} to queue
    public static Downlink newDownlink(DownlinkTarget target, int fPort, Bytes payload, boolean confirmed,
            Optional<Long> requestedFCnt) {
        return new Downlink(0, target, fPort, payload, confirmed, requestedFCnt, Optional.empty(),
                DownlinkStatus.PENDING, Optional.empty(), Instant.EPOCH, Optional.empty(), Instant.EPOCH);
    }
}
