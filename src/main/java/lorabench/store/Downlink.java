// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;

/// A queued downlink and where it is in its [DownlinkStatus] life cycle. `requestedFCnt` is the frame counter the
/// application asked for (OrbiWAN lets it choose one), `fCnt` the counter it was sent with; `error` says why it
/// ended in ERROR; `tag` is the application's correlation text (OrbiWAN `tag`, at most [#MAX_TAG] characters). A
/// draft for [DownlinkRepository#enqueue] is made with [#newDownlink].
public record Downlink(long id, DownlinkTarget target, int fPort, Bytes payload, boolean confirmed,
        Optional<Long> requestedFCnt, Optional<Long> fCnt, DownlinkStatus status, Optional<String> error,
        Instant created, Optional<Instant> sent, Instant updated, Optional<String> tag) {

    /// The longest `tag` the store keeps.
    public static final int MAX_TAG = 256;

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
        Objects.requireNonNull(tag, "tag");
        if (tag.filter(t -> t.length() > MAX_TAG).isPresent()) {
            throw new IllegalArgumentException("a downlink tag has at most " + MAX_TAG + " characters");
        }
        // FPort 0 carries MAC commands only and 224 is the test protocol; applications use 1..223 (L2 1.0.4 §4.3.2)
        if (fPort < 1 || fPort > 255) {
            throw new IllegalArgumentException("a queued downlink's fPort must be 1..255, got " + fPort);
        }
    }

    /// A downlink without a tag.
    public Downlink(long id, DownlinkTarget target, int fPort, Bytes payload, boolean confirmed,
            Optional<Long> requestedFCnt, Optional<Long> fCnt, DownlinkStatus status, Optional<String> error,
            Instant created, Optional<Instant> sent, Instant updated) {
        this(id, target, fPort, payload, confirmed, requestedFCnt, fCnt, status, error, created, sent, updated,
                Optional.empty());
    }

    /// {@return this downlink in `newStatus`}, everything else unchanged
    public Downlink withStatus(DownlinkStatus newStatus) {
        return new Downlink(id, target, fPort, payload, confirmed, requestedFCnt, fCnt, newStatus, error, created,
                sent, updated, tag);
    }

    /// {@return this downlink carrying `newTag`}
    public Downlink withTag(Optional<String> newTag) {
        return new Downlink(id, target, fPort, payload, confirmed, requestedFCnt, fCnt, status, error, created,
                sent, updated, newTag);
    }

    /// {@return a draft downlink} to queue
    public static Downlink newDownlink(DownlinkTarget target, int fPort, Bytes payload, boolean confirmed,
            Optional<Long> requestedFCnt) {
        return new Downlink(0, target, fPort, payload, confirmed, requestedFCnt, Optional.empty(),
                DownlinkStatus.PENDING, Optional.empty(), Instant.EPOCH, Optional.empty(), Instant.EPOCH);
    }
}
