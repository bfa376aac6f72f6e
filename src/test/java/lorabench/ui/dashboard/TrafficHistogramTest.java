// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lorabench.ui.dashboard.DashboardEvent.Traffic;
import org.junit.jupiter.api.Test;

class TrafficHistogramTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void keepsOneBucketPerMinuteOfTheWindowAndForgetsOlderOnes() {
        TrafficHistogram h = new TrafficHistogram(3);
        assertEquals(List.of(), h.buckets(), "no time known yet");
        assertTrue(h.add(T0.plusSeconds(59), Traffic.UPLINK));
        assertFalse(h.add(T0, Traffic.NONE));
        assertTrue(h.add(T0.plusSeconds(61), Traffic.DOWNLINK));
        assertEquals(List.of(new TrafficBucket(T0.minusSeconds(60), 0, 0), new TrafficBucket(T0, 1, 0),
                new TrafficBucket(T0.plusSeconds(60), 0, 1)), h.buckets());
        assertFalse(h.add(T0.minusSeconds(61), Traffic.UPLINK), "older than the window");

        h.advanceTo(T0.plus(Duration.ofMinutes(3)).plusSeconds(5));
        assertEquals(List.of(new TrafficBucket(T0.plusSeconds(60), 0, 1), new TrafficBucket(T0.plusSeconds(120), 0, 0),
                new TrafficBucket(T0.plusSeconds(180), 0, 0)), h.buckets());
        h.advanceTo(T0);
        assertEquals(T0.plusSeconds(180), h.buckets().getLast().minute(), "the window never moves back");
        h.advanceTo(T0.plus(Duration.ofHours(5)));
        assertEquals(0, h.uplinks() + h.downlinks());
        assertEquals(3, h.buckets().size());
    }

    @Test
    void restoresACopyOfItsBuckets() {
        TrafficHistogram h = new TrafficHistogram(60);
        for (int i = 0; i < 500; i++) {
            h.add(T0.plusSeconds(i * 7L), i % 3 == 0 ? Traffic.DOWNLINK : Traffic.UPLINK);
        }
        TrafficHistogram copy = new TrafficHistogram(60);
        copy.add(T0.minusSeconds(30), Traffic.UPLINK);
        copy.restore(h.buckets());
        assertEquals(h.buckets(), copy.buckets());
        assertEquals(h.uplinks(), copy.uplinks());
        assertEquals(500, h.uplinks() + h.downlinks());
        assertThrows(IllegalArgumentException.class, () -> new TrafficHistogram(0));
    }
}
