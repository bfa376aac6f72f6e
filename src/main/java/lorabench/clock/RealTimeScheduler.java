// SPDX-License-Identifier: Apache-2.0
package lorabench.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// [TaskScheduler] on the wall clock: one timer thread that hands each task to a virtual thread, so a slow task
/// never delays the others' deadlines.
public final class RealTimeScheduler implements TaskScheduler, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RealTimeScheduler.class);

    private final ScheduledExecutorService timer;

    public RealTimeScheduler(String name) {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread th = new Thread(r, name + "-timer");
            th.setDaemon(true);
            return th;
        });
        t.setRemoveOnCancelPolicy(true);
        this.timer = t;
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public Timer schedule(Duration delay, Runnable task) {
        long nanos = Math.max(0, delay.toNanos());
        var f = timer.schedule(() -> Thread.ofVirtual().start(() -> runLogged(task)), nanos, TimeUnit.NANOSECONDS);
        return () -> f.cancel(false);
    }

    private static void runLogged(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("scheduled task failed", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
