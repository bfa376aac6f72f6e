// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import java.time.Duration;
import java.util.Objects;

/// Limits of the [PushEngine].
///
/// @param timeout       connect timeout and whole-request timeout of one callback (OrbiWAN leaves it open; 10 s)
/// @param workers       deliveries made at the same time to one target (each on its own virtual thread)
/// @param queueCapacity deliveries waiting, per target; beyond it new deliveries to that target are refused (logged
///                      as failed, the payload stays stored) instead of blocking anyone
/// @param eventQueue    server events waiting to be turned into deliveries; beyond it the oldest is dropped
///                      ([lorabench.server.event.ServerEvents])
/// @param logCapacity   deliveries kept in the [DeliveryLog]
/// @param outcomeMemory recent uplinks whose per-target answers are remembered (for "failed only" repush)
public record PushEngineConfig(Duration timeout, int workers, int queueCapacity, int eventQueue, int logCapacity,
        int outcomeMemory) {

    public static final PushEngineConfig DEFAULT =
            new PushEngineConfig(Duration.ofSeconds(10), 16, 1_000, 10_000, DeliveryLog.DEFAULT_CAPACITY, 10_000);

    public PushEngineConfig {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (workers < 1 || queueCapacity < 1 || eventQueue < 1 || logCapacity < 1 || outcomeMemory < 1) {
            throw new IllegalArgumentException("push engine sizes must be at least 1");
        }
    }

    public PushEngineConfig withTimeout(Duration t) {
        return new PushEngineConfig(t, workers, queueCapacity, eventQueue, logCapacity, outcomeMemory);
    }

    public PushEngineConfig withQueue(int newWorkers, int newQueueCapacity) {
        return new PushEngineConfig(timeout, newWorkers, newQueueCapacity, eventQueue, logCapacity, outcomeMemory);
    }
}
