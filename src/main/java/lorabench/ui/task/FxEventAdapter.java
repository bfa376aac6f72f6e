// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/// The one bridge from producer threads (server events, simulator, UDP) to the FX thread.
///
/// Producers call [#offer(Object)] from any thread; it never blocks and never touches the scene graph.
/// Items wait in a bounded queue; when it is full the OLDEST item is dropped (a live view wants the latest
/// traffic) and [#droppedCount()] grows. On every [Pulse] tick (100 ms by default) the FX thread takes at
/// most `maxBatch` items and hands them to the sink as ONE list, so the UI does one update per pulse
/// however many thousands of events arrive per second.
///
/// Ordering: items reach the sink in the order they were offered (per producer; across producers in the
/// order they entered the queue).
public final class FxEventAdapter<E> implements AutoCloseable {
    /// The default pulse period: ten UI updates per second.
    public static final Duration DEFAULT_PERIOD = Duration.ofMillis(100);

    private final ArrayBlockingQueue<E> queue;
    private final int maxBatch;
    private final Consumer<? super List<E>> sink;
    private final Pulse pulse;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private volatile boolean running;

    /// @param sink      receives each non-empty batch, on the FX thread
    /// @param maxBatch  most items delivered per pulse (the rest wait for the next pulse)
    /// @param capacity  most items waiting; beyond this the oldest are dropped
    /// @param pulse     the tick source ([TimelinePulse] in production)
    public FxEventAdapter(Consumer<? super List<E>> sink, int maxBatch, int capacity, Pulse pulse) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be >= 1: " + maxBatch);
        }
        if (capacity < maxBatch) {
            throw new IllegalArgumentException("capacity " + capacity + " must be >= maxBatch " + maxBatch);
        }
        this.sink = Objects.requireNonNull(sink, "sink");
        this.pulse = Objects.requireNonNull(pulse, "pulse");
        this.maxBatch = maxBatch;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /// {@return an adapter ticking every [#DEFAULT_PERIOD] through a [TimelinePulse]}
    public static <E> FxEventAdapter<E> withTimeline(Consumer<? super List<E>> sink, int maxBatch, int capacity) {
        return new FxEventAdapter<>(sink, maxBatch, capacity, new TimelinePulse(DEFAULT_PERIOD));
    }

    /// Starts draining on the pulse. Call on the FX thread.
    public void start() {
        running = true;
        pulse.start(this::drain);
    }

    /// Queues one item; callable from any thread, never blocks. Drops the oldest waiting item when full.
    public void offer(E item) {
        Objects.requireNonNull(item, "item");
        while (!queue.offer(item)) {
            if (queue.poll() != null) {
                dropped.incrementAndGet();
            }
        }
    }

    /// Delivers up to `maxBatch` waiting items to the sink as one list; called by the pulse on the FX thread.
    /// {@return how many items were delivered}
    public int drain() {
        List<E> batch = new ArrayList<>(Math.min(maxBatch, queue.size()));
        queue.drainTo(batch, maxBatch);
        if (batch.isEmpty()) {
            return 0;
        }
        delivered.addAndGet(batch.size());
        sink.accept(List.copyOf(batch));
        return batch.size();
    }

    /// {@return how many items wait for the next pulse}
    public int pending() {
        return queue.size();
    }

    /// {@return how many items were dropped because the queue was full}
    public long droppedCount() {
        return dropped.get();
    }

    /// {@return how many items reached the sink}
    public long deliveredCount() {
        return delivered.get();
    }

    /// {@return whether [#start()] was called and [#close()] was not}
    public boolean isRunning() {
        return running;
    }

    /// Stops the pulse and discards what is still waiting. Call on the FX thread.
    @Override
    public void close() {
        running = false;
        pulse.stop();
        queue.clear();
    }
}
