// SPDX-License-Identifier: Apache-2.0
package lorabench.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/// Time and timers for the network server and the simulator, on real time or on accelerated virtual time.
///
/// Domain code never reads the system clock or sleeps: it asks this scheduler for the time and to run work
/// later, so the same code runs a real gateway link and a 24-hour virtual-time scenario in seconds.
public interface TaskScheduler extends InstantSource {

    /// Runs `task` once after `delay` (immediately when `delay` is zero or negative).
    Timer schedule(Duration delay, Runnable task);

    /// Runs `task` once at `at` (immediately when `at` has passed).
    default Timer scheduleAt(Instant at, Runnable task) {
        return schedule(Duration.between(instant(), at), task);
    }

    /// A scheduled task that can still be cancelled.
    interface Timer {
        /// Cancels the task if it has not started; {@return whether it was cancelled}
        boolean cancel();
    }
}
