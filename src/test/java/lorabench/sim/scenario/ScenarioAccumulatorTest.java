// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import lorabench.lorawan.types.Eui64;
import org.junit.jupiter.api.Test;

class ScenarioAccumulatorTest {

    @Test
    void countsFromManyThreadsAtOnce() throws InterruptedException {
        ScenarioAccumulator acc = new ScenarioAccumulator(Duration.ofHours(1));
        int threads = 8;
        int perThread = 5_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Eui64 dev = new Eui64(t % 4);
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    acc.onAir(dev, Duration.ofMillis(2), true);
                    if (i % 4 != 0) {
                        acc.uplinkDelivered();
                    }
                    if (i % 10 == 0) {
                        acc.downlinkReceived();
                    }
                }
                acc.joinAttempted();
                acc.joinAccepted();
            }));
        }
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
        ScenarioSummary s = acc.summary(Duration.ofMinutes(30), Duration.ofSeconds(3));
        assertEquals(threads * perThread, s.uplinksSent());
        assertEquals(threads * perThread * 3 / 4, s.uplinksDelivered());
        assertEquals(threads * perThread / 10, s.downlinksReceived());
        assertEquals(8, s.joinsAttempted());
        assertEquals(0.25, s.packetErrorRate(), 1e-12);
        assertEquals(4, s.airtimePerDevice().size());
        assertEquals(Duration.ofMillis(2L * 2 * perThread), s.airtimePerDevice().get(new Eui64(0)));
        assertEquals(Duration.ofMillis(2L * threads * perThread), s.totalAirtime());
        ScenarioProgress p = acc.progress(Duration.ofMinutes(30), Duration.ofSeconds(3));
        assertEquals(0.5, p.fraction(), 1e-12);
        assertEquals(threads * perThread, p.uplinksSent());
    }

    @Test
    void anEmptyRunHasNoErrorRate() {
        ScenarioAccumulator acc = new ScenarioAccumulator(Duration.ofMinutes(1));
        assertEquals(0, acc.summary(Duration.ZERO, Duration.ZERO).packetErrorRate());
        assertEquals(1.0, acc.progress(Duration.ofMinutes(5), Duration.ZERO).fraction());
        acc.onAir(new Eui64(1), Duration.ofMillis(50), false);
        assertEquals(0, acc.summary(Duration.ZERO, Duration.ZERO).uplinksSent());
        assertEquals(Duration.ofMillis(50), acc.summary(Duration.ZERO, Duration.ZERO).maxAirtime());
    }
}
