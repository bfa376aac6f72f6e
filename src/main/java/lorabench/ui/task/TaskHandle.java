// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.task;

/// A submitted background task, as seen by the code that started it.
public interface TaskHandle {
    /// Asks the work to stop: sets the cancelled flag and interrupts its thread. Neither the success nor
    /// the failure callback runs for a cancelled task.
    void cancel();

    /// {@return whether [#cancel()] was called}
    boolean isCancelled();

    /// {@return whether the work has finished (normally, by failure or by cancellation)}
    boolean isDone();
}
