// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/// The frames between the de-duplication window and their outcome. Shutdown waits for them: their gateways already
/// got a PUSH_ACK, so stopping must finish them (store, answer) rather than drop them.
final class InFlightFrames {
    private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();

    /// Tracks `outcome` until it completes.
    void track(CompletableFuture<?> outcome) {
        if (outcome.isDone()) {
            return;
        }
        pending.add(outcome);
        outcome.whenComplete((r, e) -> pending.remove(outcome));
    }

    /// Waits until no frame is in flight, or `limit` has passed. {@return whether every frame finished}
    boolean awaitIdle(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!pending.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(left, TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                // a failed frame is finished too: it was logged where it failed
            } catch (TimeoutException e) {
                return false;
            }
        }
        return true;
    }
}
