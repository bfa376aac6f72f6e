// SPDX-License-Identifier: Apache-2.0
package lorabench.server.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.types.Bytes;
import lorabench.server.event.Reception;

/// The de-duplication window: the copies of one frame heard by several gateways arrive within a few milliseconds of
/// each other; the first copy opens a window of `window` on the scheduler, every identical PHYPayload arriving
/// before it closes joins it, and at the close the frame goes on with all its receptions (as ChirpStack's
/// `deduplication_delay`, default 200 ms). A copy from a gateway already in the window is ignored (a gateway
/// forwarding twice). A copy arriving after the close opens a new window, which the FCnt check then sees as a
/// retransmission.
public final class Deduplicator {
    private static final Comparator<Reception> BEST_FIRST = Comparator.comparingDouble(Reception::snr).reversed()
            .thenComparing(Comparator.comparingDouble(Reception::rssi).reversed());

    private final TaskScheduler scheduler;
    private final Duration window;
    private final Consumer<UplinkFrame> next;
    private final ConcurrentHashMap<Bytes, Window> open = new ConcurrentHashMap<>();

    public Deduplicator(TaskScheduler scheduler, Duration window, Consumer<UplinkFrame> next) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        if (window.isNegative()) {
            throw new IllegalArgumentException("the de-duplication window must not be negative");
        }
        this.window = window;
        this.next = Objects.requireNonNull(next, "next");
    }

    /// Adds one gateway's copy of `phyPayload`.
    public void add(Bytes phyPayload, Reception reception) {
        boolean[] opened = {false};
        Window w = open.compute(phyPayload, (k, existing) -> {
            Window target = existing;
            if (target == null) {
                target = new Window(reception.receivedAt());
                opened[0] = true;
            }
            target.add(reception);
            return target;
        });
        if (opened[0]) {
            scheduler.schedule(window, () -> close(phyPayload, w));
        }
    }

    /// {@return how many windows are open}
    public int openWindows() {
        return open.size();
    }

    /// Closes every open window now, sending its frame on: used at shutdown, after the gateways have been cut off,
    /// so that no acknowledged copy waits for a timer that will never fire.
    public void flush() {
        for (var e : open.entrySet()) {
            close(e.getKey(), e.getValue());
        }
    }

    private void close(Bytes phyPayload, Window w) {
        if (open.remove(phyPayload, w)) { // the timer and flush() may race: only one of them sends the frame on
            next.accept(new UplinkFrame(phyPayload, w.sorted(), w.firstAt));
        }
    }

    private static final class Window {
        private final Instant firstAt;
        private final List<Reception> receptions = new ArrayList<>(2);

        Window(Instant firstAt) {
            this.firstAt = firstAt;
        }

        synchronized void add(Reception r) {
            for (Reception known : receptions) {
                if (known.gateway().equals(r.gateway())) {
                    return;
                }
            }
            receptions.add(r);
        }

        synchronized List<Reception> sorted() {
            List<Reception> copy = new ArrayList<>(receptions);
            copy.sort(BEST_FIRST);
            return copy;
        }
    }
}
