// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FxEventAdapterTest {
    private final List<List<Integer>> batches = new ArrayList<>();
    private final ManualPulse pulse = new ManualPulse();

    private FxEventAdapter<Integer> adapter(int maxBatch, int capacity) {
        FxEventAdapter<Integer> a = new FxEventAdapter<>(batches::add, maxBatch, capacity, pulse);
        a.start();
        return a;
    }

    @Test
    void deliversWaitingItemsAsOneBatchPerPulseInOrder() {
        FxEventAdapter<Integer> a = adapter(100, 1000);
        IntStream.range(0, 5).forEach(a::offer);
        assertTrue(batches.isEmpty(), "nothing is delivered between pulses");
        pulse.tick();
        assertEquals(List.of(List.of(0, 1, 2, 3, 4)), batches);
        assertEquals(5, a.deliveredCount());
    }

    @Test
    void emptyPulseDeliversNothing() {
        adapter(10, 10);
        pulse.tick();
        assertTrue(batches.isEmpty());
    }

    @Test
    void limitsEachPulseToMaxBatchAndKeepsTheRestForLaterPulses() {
        FxEventAdapter<Integer> a = adapter(3, 100);
        IntStream.range(0, 7).forEach(a::offer);
        pulse.tick();
        assertEquals(4, a.pending());
        pulse.tick();
        pulse.tick();
        assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6)), batches);
        assertEquals(0, a.pending());
    }

    @Test
    void dropsTheOldestItemsBeyondCapacityAndCountsThem() {
        FxEventAdapter<Integer> a = adapter(10, 10);
        IntStream.range(0, 25).forEach(a::offer);
        assertEquals(15, a.droppedCount());
        pulse.tick();
        assertEquals(List.of(IntStream.range(15, 25).boxed().toList()), batches);
    }

    @Test
    void concurrentProducersLoseNothingWhileCapacitySuffices() throws InterruptedException {
        FxEventAdapter<Integer> a = adapter(100_000, 100_000);
        List<Thread> producers = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            int base = p * 10_000;
            producers.add(Thread.ofPlatform().start(() -> IntStream.range(base, base + 10_000).forEach(a::offer)));
        }
        for (Thread t : producers) {
            t.join();
        }
        pulse.tick();
        List<Integer> all = batches.getFirst();
        assertEquals(40_000, all.size());
        assertEquals(40_000, all.stream().distinct().count());
        for (int p = 0; p < 4; p++) {
            int base = p * 10_000;
            List<Integer> own = all.stream().filter(i -> i >= base && i < base + 10_000).toList();
            assertEquals(IntStream.range(base, base + 10_000).boxed().toList(), own, "per-producer order kept");
        }
        assertEquals(0, a.droppedCount());
    }

    @Test
    void closeStopsThePulseAndDiscardsWaitingItems() {
        FxEventAdapter<Integer> a = adapter(10, 10);
        a.offer(1);
        assertTrue(pulse.running());
        assertTrue(a.isRunning());
        a.close();
        assertFalse(pulse.running());
        assertFalse(a.isRunning());
        assertEquals(0, a.pending());
        pulse.tick();
        assertTrue(batches.isEmpty());
    }

    @Test
    void sinkReceivesAnImmutableBatch() {
        FxEventAdapter<Integer> a = adapter(10, 10);
        a.offer(1);
        pulse.tick();
        assertThrows(UnsupportedOperationException.class, () -> batches.getFirst().add(2));
    }

    @Test
    void rejectsNonsensicalLimitsAndNullItems() {
        assertThrows(IllegalArgumentException.class, () -> new FxEventAdapter<Integer>(b -> {}, 0, 10, pulse));
        assertThrows(IllegalArgumentException.class, () -> new FxEventAdapter<Integer>(b -> {}, 10, 5, pulse));
        FxEventAdapter<Integer> a = adapter(1, 1);
        assertThrows(NullPointerException.class, () -> a.offer(null));
    }
}
