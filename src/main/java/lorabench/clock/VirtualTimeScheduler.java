// SPDX-License-Identifier: Apache-2.0
package lorabench.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/// [TaskScheduler] on virtual time: a discrete-event loop. Time stands still while a task runs and jumps to the
/// next deadline when it ends, so a day of traffic runs as fast as the tasks themselves.
///
/// Single-threaded by design: tasks are run by whoever calls [#runUntil] or [#runNext], in deadline order, ties
/// in scheduling order, which makes a run with the same seed reproducible event for event. Scheduling from
/// another thread while the loop runs is allowed (the queue is guarded), but such a run is no longer
/// deterministic.
public final class VirtualTimeScheduler implements TaskScheduler {
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private Instant now;
    private long sequence;

    public VirtualTimeScheduler(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public synchronized Timer schedule(Duration delay, Runnable task) {
        Instant at = delay.isNegative() ? now : now.plus(delay);
        Entry e = new Entry(at, sequence++, task);
        queue.add(e);
        return () -> {
            synchronized (VirtualTimeScheduler.this) {
                return queue.remove(e);
            }
        };
    }

    /// Runs every task due up to `end` in order, then leaves the clock at `end`. {@return how many tasks ran}
    public long runUntil(Instant end) {
        return runUntil(end, () -> false);
    }

    /// Runs every task due up to `end` in order unless `stop` turns true, checked before each task: a stop asked
    /// for from another thread then takes effect after the task running, not at the end of the stretch. The clock
    /// is left at `end` only when the stretch ran to it. {@return how many tasks ran}
    public long runUntil(Instant end, BooleanSupplier stop) {
        long ran = 0;
        while (!stop.getAsBoolean() && runNextBefore(end)) {
            ran++;
        }
        if (stop.getAsBoolean()) {
            return ran;
        }
        synchronized (this) {
            if (now.isBefore(end)) {
                now = end;
            }
        }
        return ran;
    }

    /// Runs the next task if one is due at or before `end`, advancing the clock to its deadline.
    /// {@return whether a task ran}
    public boolean runNextBefore(Instant end) {
        Entry e;
        synchronized (this) {
            e = queue.peek();
            if (e == null || e.at.isAfter(end)) {
                return false;
            }
            queue.poll();
            if (e.at.isAfter(now)) {
                now = e.at;
            }
        }
        e.task.run();
        return true;
    }

    /// {@return the number of tasks waiting}
    public synchronized int pending() {
        return queue.size();
    }

    private record Entry(Instant at, long seq, Runnable task) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
