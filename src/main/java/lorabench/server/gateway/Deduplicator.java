// SPDX-License-Identifier: Apache-2.0
package lorabench.server.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.types.Bytes;
import lorabench.server.event.Reception;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The de-duplication window: the copies of one frame heard by several gateways arrive within a few milliseconds of
/// each other; the first copy opens a window of `window` on the scheduler, every identical PHYPayload arriving
/// before it closes joins it, and at the close the frame goes on with all its receptions (as ChirpStack's
/// `deduplication_delay`, default 200 ms). A copy from a gateway already in the window is ignored (a gateway
/// forwarding twice). A copy arriving after the close opens a new window, which the FCnt check then sees as a
/// retransmission.
///
/// Windows close in the order they opened, by one scheduler task at a time (not one task per frame): the task
/// closes every window that is due, hands the frames on in that order on its own thread, and schedules itself for
/// the next deadline. So the frames of one device reach the pipeline in the order they were heard.
public final class Deduplicator {
    private static final Logger LOG = LoggerFactory.getLogger(Deduplicator.class);
    private static final Comparator<Reception> BEST_FIRST = Comparator.comparingDouble(Reception::snr).reversed()
            .thenComparing(Comparator.comparingDouble(Reception::rssi).reversed());

    private final TaskScheduler scheduler;
    private final Duration window;
    private final Consumer<UplinkFrame> next;
    private final ConcurrentHashMap<Bytes, Window> open = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Window> byDeadline = new ConcurrentLinkedQueue<>();
    private final Object tickLock = new Object();
    private boolean tickScheduled; // guarded by tickLock

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
        Window[] opened = {null};
        open.compute(phyPayload, (k, existing) -> {
            Window target = existing;
            if (target == null) {
                target = new Window(phyPayload, reception.receivedAt(), scheduler.instant().plus(window));
                opened[0] = target;
                byDeadline.add(target);
            }
            target.add(reception);
            return target;
        });
        if (opened[0] != null) {
            synchronized (tickLock) {
                if (!tickScheduled) {
                    tickScheduled = true;
                    scheduler.schedule(window, this::tick);
                }
            }
        }
    }

    /// Closes every open window now, sending its frame on: used at shutdown, after the gateways have been cut off,
    /// so that no acknowledged copy waits for a timer that will never fire.
    public void flush() {
        for (Window w = byDeadline.poll(); w != null; w = byDeadline.poll()) {
            open.remove(w.phyPayload, w);
            try {
                next.accept(new UplinkFrame(w.phyPayload, w.sorted(), w.firstAt));
            } catch (RuntimeException e) {
                LOG.error("processing a de-duplicated frame failed", e);
            }
        }
    }

    /// {@return how many windows are open}
    public int openWindows() {
        return open.size();
    }

    /// Closes every window that is due, in opening order, then waits for the next deadline.
    private void tick() {
        Instant now = scheduler.instant();
        for (Window w = byDeadline.peek(); w != null && !w.deadline.isAfter(now); w = byDeadline.peek()) {
            if (!byDeadline.remove(w)) {
                continue; // flush() took it meanwhile
            }
            open.remove(w.phyPayload, w);
            try {
                next.accept(new UplinkFrame(w.phyPayload, w.sorted(), w.firstAt));
            } catch (RuntimeException e) {
                LOG.error("processing a de-duplicated frame failed", e);
            }
        }
        synchronized (tickLock) {
            Window head = byDeadline.peek();
            if (head == null) {
                tickScheduled = false;
            } else {
                Duration wait = Duration.between(scheduler.instant(), head.deadline);
                scheduler.schedule(wait.isNegative() ? Duration.ZERO : wait, this::tick);
            }
        }
    }

    private static final class Window {
        private final Bytes phyPayload;
        private final Instant firstAt;
        private final Instant deadline;
        private final List<Reception> receptions = new ArrayList<>(2);

        Window(Bytes phyPayload, Instant firstAt, Instant deadline) {
            this.phyPayload = phyPayload;
            this.firstAt = firstAt;
            this.deadline = deadline;
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
