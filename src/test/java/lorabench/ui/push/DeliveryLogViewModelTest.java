// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import lorabench.server.push.PushDelivery;
import lorabench.ui.task.Pulse;
import org.junit.jupiter.api.Test;

/// The live delivery log: newest first, bounded, pre-filled without duplicates, formatted rows.
class DeliveryLogViewModelTest {
    private static final Pulse MANUAL = new Pulse() {
        @Override
        public void start(Runnable onTick) {}

        @Override
        public void stop() {}
    };

    private static DeliveryLogViewModel log(int limit) {
        return new DeliveryLogViewModel(limit, id -> id == 1 ? "alice" : "#" + id, ZoneOffset.UTC, MANUAL);
    }

    @Test
    void keepsTheNewestRowsUpToTheLimit() {
        DeliveryLogViewModel log = log(3);
        log.append(IntStream.range(0, 2).mapToObj(n -> FakePushSources.delivery(1, n, OptionalInt.of(200))).toList());
        log.append(IntStream.range(2, 7).mapToObj(n -> FakePushSources.delivery(1, n, OptionalInt.of(200))).toList());
        assertEquals(3, log.rows().size());
        assertEquals(List.of("09:00:06.000", "09:00:05.000", "09:00:04.000"),
                log.rows().stream().map(DeliveryRow::time).toList());
        log.append(List.of(FakePushSources.delivery(1, 7, OptionalInt.of(200))));
        assertEquals("09:00:07.000", log.rows().getFirst().time());
        assertEquals(3, log.rows().size());
    }

    @Test
    void preFillsFromTheKeptLogAndThenFollowsTheStreamWithoutDuplicates() {
        FakePushSources sources = new FakePushSources();
        PushDelivery old = FakePushSources.delivery(1, 0, OptionalInt.of(200));
        sources.log.add(old);
        DeliveryLogViewModel log = log(10);
        log.start(sources);
        assertEquals(1, log.rows().size());
        log.adapter().offer(old); // raced in between subscribe and recent()
        PushDelivery fresh = FakePushSources.delivery(2, 1, OptionalInt.empty());
        sources.listeners.forEach(l -> l.accept(fresh));
        log.adapter().drain();
        assertEquals(2, log.rows().size());
        DeliveryRow row = log.rows().getFirst();
        assertEquals("#2", row.account());
        assertEquals("\u2014", row.status());
        assertEquals("failed", row.outcome());
        assertEquals("connection refused", row.error());
        assertTrue(row.failed());
        assertEquals("1.5 ms", row.latency());
        DeliveryRow ok = log.rows().get(1);
        assertEquals("alice", ok.account());
        assertEquals("200", ok.status());
        assertEquals("taken", ok.outcome());
        assertFalse(ok.failed());
        log.close();
        assertTrue(sources.listeners.isEmpty());
    }
}
