// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.task;

import java.util.concurrent.CancellationException;

/// What running [BackgroundWork] sees of its task. Every method may be called from the worker thread at any
/// rate: updates are coalesced, and only the latest value reaches the FX thread.
public interface TaskProgress {
    /// Reports `done` of `total` units; a negative `total` means "indeterminate".
    void update(long done, long total);

    /// Replaces the message shown beside the progress bar.
    void message(String message);

    /// {@return whether the user (or code) cancelled this task}
    boolean isCancelled();

    /// Throws [CancellationException] when cancelled: a convenient check inside loops.
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }
}
