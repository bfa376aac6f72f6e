// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.task;

import java.util.Objects;

/// What the status bar shows of the foreground task.
///
/// @param title     what the task is ("Importing devices")
/// @param progress  0..1, or [#INDETERMINATE]
/// @param message   the latest message from the work, possibly empty
/// @param running   false only for [#IDLE]
/// @param others    how many other tasks run at the same time
public record TaskState(String title, double progress, String message, boolean running, int others) {
    /// Progress value of a task that cannot tell how far it is (the JavaFX convention).
    public static final double INDETERMINATE = -1;

    /// No task is running.
    public static final TaskState IDLE = new TaskState("", 0, "", false, 0);

    public TaskState {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        if (progress != INDETERMINATE && (progress < 0 || progress > 1 || Double.isNaN(progress))) {
            throw new IllegalArgumentException("progress must be in 0..1 or INDETERMINATE: " + progress);
        }
        if (others < 0) {
            throw new IllegalArgumentException("others must be >= 0: " + others);
        }
    }

    /// {@return progress as `done/total`, clamped to 0..1; [#INDETERMINATE] when total is not positive}
    public static double fraction(long done, long total) {
        if (total <= 0) {
            return INDETERMINATE;
        }
        return Math.clamp((double) done / total, 0.0, 1.0);
    }
}
