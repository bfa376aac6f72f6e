// SPDX-License-Identifier: Apache-2.0
package lorabench.server.event;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The server's event stream: [#publish] never blocks and never fails, whatever the subscribers do.
///
/// Each subscriber has its own bounded queue drained by its own virtual thread, so a slow subscriber only delays
/// itself. When a subscriber's queue is full the OLDEST queued event is dropped to make room (a live view wants
/// the latest state) and counted in [Subscription#dropped()]; events are delivered in publication order otherwise.
/// An exception thrown by a subscriber is logged and the subscriber keeps receiving.
public final class ServerEvents implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServerEvents.class);
    /// Default queue capacity per subscriber.
    public static final int DEFAULT_CAPACITY = 10_000;

    private final CopyOnWriteArrayList<Subscription> subscribers = new CopyOnWriteArrayList<>();
    private final AtomicLong published = new AtomicLong();

    /// Hands `event` to every subscriber's queue.
    public void publish(ServerEvent event) {
        Objects.requireNonNull(event, "event");
        published.incrementAndGet();
        for (Subscription s : subscribers) {
            s.offer(event);
        }
    }

    /// Subscribes with the default capacity. {@return the subscription}; close it to unsubscribe
    public Subscription subscribe(Consumer<? super ServerEvent> consumer) {
        return subscribe(consumer, DEFAULT_CAPACITY);
    }

    /// Subscribes with a queue of `capacity` events.
    public Subscription subscribe(Consumer<? super ServerEvent> consumer, int capacity) {
        Subscription s = new Subscription(Objects.requireNonNull(consumer, "consumer"), capacity);
        subscribers.add(s);
        s.thread = Thread.ofVirtual().name("lorabench-events").start(s::drain);
        return s;
    }

    /// {@return how many events were published}
    public long published() {
        return published.get();
    }

    /// Ends every subscription.
    @Override
    public void close() {
        subscribers.forEach(Subscription::close);
    }

    /// One subscriber: its queue, its drain thread and its drop counter.
    public final class Subscription implements AutoCloseable {
        private final Consumer<? super ServerEvent> consumer;
        private final int capacity;
        private final ArrayDeque<ServerEvent> queue = new ArrayDeque<>();
        private final AtomicLong dropped = new AtomicLong();
        private boolean closed;
        private Thread thread;

        private Subscription(Consumer<? super ServerEvent> consumer, int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
            }
            this.consumer = consumer;
            this.capacity = capacity;
        }

        /// {@return how many events were dropped because this subscriber fell behind}
        public long dropped() {
            return dropped.get();
        }

        private synchronized void offer(ServerEvent e) {
            if (closed) {
                return;
            }
            if (queue.size() >= capacity) {
                queue.pollFirst();
                dropped.incrementAndGet();
            }
            queue.addLast(e);
            notifyAll();
        }

        private synchronized ServerEvent take() throws InterruptedException {
            while (queue.isEmpty() && !closed) {
                wait();
            }
            return closed ? null : queue.pollFirst();
        }

        private void drain() {
            try {
                for (ServerEvent e = take(); e != null; e = take()) {
                    try {
                        consumer.accept(e);
                    } catch (RuntimeException ex) {
                        LOG.warn("event subscriber failed on {}: {}", e.getClass().getSimpleName(), ex.toString());
                    }
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            synchronized (this) {
                closed = true;
                queue.clear();
                notifyAll();
            }
            subscribers.remove(this);
        }
    }
}
