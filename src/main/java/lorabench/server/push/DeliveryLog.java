// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The last deliveries (a bounded ring: the oldest entry goes when it is full) and a live stream of new ones.
///
/// Listeners are called on the thread that logged the delivery (for a stored uplink, the engine's store writer once
/// the answer is committed), in order per thread; a GUI hops to its own thread itself. A listener that throws is logged and keeps listening.
public final class DeliveryLog {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLog.class);
    public static final int DEFAULT_CAPACITY = 1_000;

    private final int capacity;
    private final ArrayDeque<PushDelivery> entries = new ArrayDeque<>();
    private final CopyOnWriteArrayList<Consumer<? super PushDelivery>> listeners = new CopyOnWriteArrayList<>();

    public DeliveryLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    void add(PushDelivery d) {
        synchronized (entries) {
            if (entries.size() >= capacity) {
                entries.pollFirst();
            }
            entries.addLast(d);
        }
        for (Consumer<? super PushDelivery> l : listeners) {
            try {
                l.accept(d);
            } catch (RuntimeException e) {
                LOG.warn("push delivery listener failed: {}", e.toString());
            }
        }
    }

    /// {@return the kept deliveries}, oldest first
    public List<PushDelivery> recent() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    /// {@return the kept deliveries to the account's targets}, oldest first
    public List<PushDelivery> recent(long accountId) {
        return recent().stream().filter(d -> d.accountId() == accountId).toList();
    }

    /// Calls `listener` with every later delivery. {@return a handle}; close it to stop listening
    public AutoCloseable subscribe(Consumer<? super PushDelivery> listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
