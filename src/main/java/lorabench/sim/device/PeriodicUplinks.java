// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.time.Duration;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.types.Bytes;

/// Periodic uplinks with jitter, for [VirtualDevice#sendPeriodically].
final class PeriodicUplinks {
    private PeriodicUplinks() {
    }

    /// Sends `payload` on `fPort` every `period` ± `jitter` (uniform), the first within one period from now, until
    /// stopped; ticks while the device is not joined are skipped. {@return a handle that stops it}
    static TaskScheduler.Timer start(VirtualDevice d, int fPort, Bytes payload, boolean confirmed,
            Duration period, Duration jitter) {
        boolean[] stopped = {false};
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            synchronized (d) {
                if (stopped[0]) {
                    return;
                }
                if (d.session.joined) {
                    d.sendUplink(fPort, payload, confirmed);
                }
                d.scheduler.schedule(period.plusNanos(jitter(d, jitter)), tick[0]);
            }
        };
        // NOTE: the first uplink is drawn uniformly over one period, so devices started together spread out.
        d.scheduler.schedule(Duration.ofNanos(d.random.nextLong(period.toNanos() + 1)).plusNanos(jitter(d, jitter)).abs(),
                tick[0]);
        return () -> {
            synchronized (d) {
                boolean was = !stopped[0];
                stopped[0] = true;
                return was;
            }
        };
    }

    private static long jitter(VirtualDevice d, Duration jitter) {
        return jitter.isZero() ? 0 : d.random.nextLong(-jitter.toNanos(), jitter.toNanos() + 1);
    }
}
