// SPDX-License-Identifier: Apache-2.0
package lorabench.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VirtualTimeSchedulerTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void runsTasksInDeadlineThenSchedulingOrderAndAdvancesTime() {
        var s = new VirtualTimeScheduler(T0);
        List<String> log = new ArrayList<>();
        s.schedule(Duration.ofSeconds(2), () -> log.add("b@" + s.instant()));
        s.schedule(Duration.ofSeconds(1), () -> {
            log.add("a@" + s.instant());
            s.schedule(Duration.ofMillis(500), () -> log.add("a2@" + s.instant()));
        });
        s.schedule(Duration.ofSeconds(2), () -> log.add("c@" + s.instant()));
        var cancelled = s.schedule(Duration.ofSeconds(3), () -> log.add("never"));
        assertTrue(cancelled.cancel());
        assertEquals(4, s.runUntil(T0.plusSeconds(10)));
        assertEquals(List.of("a@2026-01-01T00:00:01Z", "a2@2026-01-01T00:00:01.500Z",
                "b@2026-01-01T00:00:02Z", "c@2026-01-01T00:00:02Z"), log);
        assertEquals(T0.plusSeconds(10), s.instant());
    }

    @Test
    void aStopTakesEffectAfterTheRunningTaskAndLeavesTheClockWhereItStopped() {
        var s = new VirtualTimeScheduler(T0);
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<Integer> ran = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            s.schedule(Duration.ofSeconds(n), () -> {
                ran.add(n);
                if (n == 2) {
                    stop.set(true); // as a Stop button on another thread would, while task 2 runs
                }
            });
        }
        assertEquals(2, s.runUntil(T0.plusSeconds(10), stop::get));
        assertEquals(List.of(1, 2), ran);
        assertEquals(T0.plusSeconds(2), s.instant(), "not moved on to the end of the stretch");
        assertEquals(3, s.pending());
        stop.set(false);
        assertEquals(3, s.runUntil(T0.plusSeconds(10), stop::get));
        assertEquals(T0.plusSeconds(10), s.instant());
    }

    @Test
    void realTimeSchedulerRunsAndCancels() throws InterruptedException {
        try (var s = new RealTimeScheduler("test")) {
            var done = new CountDownLatch(1);
            s.schedule(Duration.ofMillis(5), done::countDown);
            assertTrue(s.schedule(Duration.ofHours(1), () -> { }).cancel());
            assertTrue(done.await(10, TimeUnit.SECONDS));
        }
    }
}
