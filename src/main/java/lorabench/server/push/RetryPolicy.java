// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import java.time.Duration;
import java.util.Objects;

/// How often a failed delivery of a stored uplink is tried again: `maxAttempts` in all (1 = no retry), waiting
/// `firstDelay` before the second attempt and doubling up to `maxDelay` (exponential back-off). Only callbacks that
/// carry a stored uplink are retried; status notifications are sent once.
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {
    /// The default: one attempt; a failure leaves the payload stored for pull or repush.
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    /// Eight attempts over about two minutes (1 s, 2 s, 4 s ... 64 s).
    public static final RetryPolicy BACKOFF = new RetryPolicy(8, Duration.ofSeconds(1), Duration.ofSeconds(64));

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
    }

    /// {@return the wait before attempt `next`} (2 for the first retry)
    public Duration delayBefore(int next) {
        Duration d = firstDelay;
        for (int i = 2; i < next && d.compareTo(maxDelay) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    /// {@return whether attempt `next` may still be made}
    public boolean allows(int next) {
        return next <= maxAttempts;
    }
}
