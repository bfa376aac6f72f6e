// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import lorabench.lorawan.types.Eui64;

/// One attempt to deliver a callback, as the delivery log and the GUI's live push view show it.
///
/// @param status  the HTTP status answered, empty when no answer came (connection refused, timeout, queue full)
/// @param latency from sending the request to the answer (or the failure)
/// @param error   why it failed without an answer
/// @param attempt 1 for the first try, 2.. for retries
/// @param kind    live, retry, repush or test
public record PushDelivery(Instant at, long accountId, long targetId, String topic, String method, String url,
        OptionalInt status, Duration latency, Optional<String> error, Optional<Eui64> devEui,
        OptionalLong storedUplink, int attempt, Kind kind) {

    /// Why the delivery was made.
    public enum Kind { LIVE, RETRY, REPUSH, TEST }

    public PushDelivery {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(devEui, "devEui");
        Objects.requireNonNull(storedUplink, "storedUplink");
        Objects.requireNonNull(kind, "kind");
    }

    /// {@return the outcome class} of the answer
    public Outcome outcome() {
        if (status.isEmpty()) {
            return Outcome.FAILED;
        }
        return switch (status.getAsInt()) {
            case 200 -> Outcome.TAKEN;
            case 202 -> Outcome.LEFT_STORED;
            default -> Outcome.FAILED;
        };
    }

    /// What an answer means for a stored payload (OrbiWAN §Receive Uplink Payload Callback).
    public enum Outcome {
        /// 200: the application took the payload; it leaves the temporary storage.
        TAKEN,
        /// 202: received but not processed; the payload stays for pull.
        LEFT_STORED,
        /// Any other status or no answer: the payload stays; it may be repushed.
        FAILED
    }
}
