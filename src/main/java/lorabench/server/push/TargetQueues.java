// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/// One bounded FIFO of deliveries per push target, each drained by at most `concurrency` virtual threads. A target
/// that answers slowly or hangs fills only its own queue (then [#offer] refuses), so other targets' pushes never
/// wait behind it. Connections are kept alive by the sender ([PlainHttp1], or the JDK client for TLS), so a busy
/// lane reuses them.
final class TargetQueues {
    private final int capacity;
    private final int concurrency;
    private final ExecutorService threads;
    private final ConcurrentHashMap<Long, Lane> lanes = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private static final class Lane {
        final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
        int running;
    }

    TargetQueues(int capacity, int concurrency, String threadName) {
        this.capacity = capacity;
        this.concurrency = concurrency;
        this.threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(threadName, 0).factory());
    }

    /// Queues `delivery` for `targetId`. {@return false, queuing nothing, when the target's queue is full or the
    /// queues are closed}
    boolean offer(long targetId, Runnable delivery) {
        if (closed) {
            return false;
        }
        Lane lane = lanes.computeIfAbsent(targetId, id -> new Lane());
        synchronized (lane) {
            if (lane.waiting.size() >= capacity) {
                return false;
            }
            lane.waiting.add(delivery);
            if (lane.running >= concurrency) {
                return true;
            }
            lane.running++;
        }
        try {
            threads.execute(() -> drain(lane));
            return true;
        } catch (RejectedExecutionException e) {
            synchronized (lane) {
                lane.running--;
                lane.waiting.remove(delivery);
            }
            return false;
        }
    }

    private void drain(Lane lane) {
        while (true) {
            Runnable next;
            synchronized (lane) {
                next = lane.waiting.poll();
                if (next == null) {
                    lane.running--;
                    return;
                }
            }
            next.run();
        }
    }

    /// {@return whether [#close] was called}
    boolean closed() {
        return closed;
    }

    /// {@return how many deliveries wait, over all targets}
    int queued() {
        int n = 0;
        for (Lane lane : lanes.values()) {
            synchronized (lane) {
                n += lane.waiting.size();
            }
        }
        return n;
    }

    /// Refuses new deliveries and lets the queued ones run for up to `grace`, then interrupts them.
    void close(Duration grace) {
        closed = true;
        threads.shutdown();
        try {
            if (!threads.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
