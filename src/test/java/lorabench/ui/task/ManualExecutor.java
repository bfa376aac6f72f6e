// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.task;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/// An executor that only queues: the test decides when queued work runs (deterministic, single-threaded).
public final class ManualExecutor implements Executor {
    private final Queue<Runnable> queue = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable command) {
        queue.add(command);
    }

    /// Runs everything queued, including work queued while running. {@return how many ran}
    public int runAll() {
        int n = 0;
        Runnable next;
        while ((next = poll()) != null) {
            next.run();
            n++;
        }
        return n;
    }

    /// Runs only the oldest queued command. {@return false when nothing was queued}
    public boolean runOne() {
        Runnable next = poll();
        if (next == null) {
            return false;
        }
        next.run();
        return true;
    }

    public synchronized int size() {
        return queue.size();
    }

    private synchronized Runnable poll() {
        return queue.poll();
    }
}
