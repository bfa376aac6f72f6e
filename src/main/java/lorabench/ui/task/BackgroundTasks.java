// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Runs long work off the FX thread and reports it in the status bar.
///
/// [#run] is called on the FX thread; the work runs on the `worker` executor (virtual threads in production),
/// its progress reaches [#currentProperty()] coalesced (at most one pending FX hop per task), and its result
/// or failure is handed to the callbacks on the FX thread. The status bar shows the most recently started
/// running task; [#cancelCurrent()] cancels that one.
public final class BackgroundTasks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final Executor worker;
    private final Executor fx;
    private final Consumer<? super TaskFailure> defaultFailureHandler;
    private final List<Job<?>> active = new ArrayList<>();
    private final ReadOnlyObjectWrapper<TaskState> current = new ReadOnlyObjectWrapper<>(this, "current", TaskState.IDLE);

    /// @param worker                 runs the work
    /// @param fx                     runs code on the FX thread (`Platform::runLater` in production)
    /// @param defaultFailureHandler  receives failures of tasks started without their own failure callback
    public BackgroundTasks(Executor worker, Executor fx, Consumer<? super TaskFailure> defaultFailureHandler) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.defaultFailureHandler = Objects.requireNonNull(defaultFailureHandler, "defaultFailureHandler");
    }

    /// {@return tasks on a virtual-thread-per-task executor, reporting through `Platform.runLater`}
    public static BackgroundTasks onVirtualThreads(Consumer<? super TaskFailure> defaultFailureHandler) {
        return new BackgroundTasks(Executors.newVirtualThreadPerTaskExecutor(), Platform::runLater, defaultFailureHandler);
    }

    /// A task that failed with an exception other than cancellation.
    public record TaskFailure(String title, Throwable error) {}

    /// Starts `work`; failures go to the default failure handler. Call on the FX thread.
    public <T> TaskHandle run(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess) {
        return run(title, work, onSuccess, defaultFailureHandler);
    }

    /// Starts `work`; `onSuccess` or `onFailure` runs on the FX thread unless the task was cancelled.
    public <T> TaskHandle run(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super TaskFailure> onFailure) {
        Job<T> job = new Job<>(title, work, onSuccess, onFailure);
        active.add(job);
        refresh();
        worker.execute(job::execute);
        return job;
    }

    /// {@return the foreground task, or [TaskState#IDLE]; changes on the FX thread only}
    public ReadOnlyObjectProperty<TaskState> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /// Cancels the foreground task, if any.
    public void cancelCurrent() {
        if (!active.isEmpty()) {
            active.getLast().cancel();
        }
    }

    /// Cancels every running task and, when this instance owns an executor service, shuts it down.
    @Override
    public void close() {
        List.copyOf(active).forEach(Job::cancel);
        if (worker instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }

    private void refresh() {
        if (active.isEmpty()) {
            current.set(TaskState.IDLE);
            return;
        }
        Job<?> top = active.getLast();
        current.set(new TaskState(top.title, top.fraction, top.shownMessage, true, active.size() - 1));
    }

    private void finished(Job<?> job) {
        active.remove(job);
        refresh();
    }

    private final class Job<T> implements TaskHandle, TaskProgress {
        private final String title;
        private final BackgroundWork<T> work;
        private final Consumer<? super T> onSuccess;
        private final Consumer<? super TaskFailure> onFailure;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean hopPending = new AtomicBoolean();
        private final AtomicReference<Thread> thread = new AtomicReference<>();
        private volatile boolean done;
        private volatile double latestFraction = TaskState.INDETERMINATE;
        private volatile String latestMessage = "";
        private double fraction = TaskState.INDETERMINATE;
        private String shownMessage = "";

        Job(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<? super TaskFailure> onFailure) {
            this.title = Objects.requireNonNull(title, "title");
            this.work = Objects.requireNonNull(work, "work");
            this.onSuccess = Objects.requireNonNull(onSuccess, "onSuccess");
            this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
        }

        void execute() {
            thread.set(Thread.currentThread());
            T result = null;
            Throwable error = null;
            try {
                if (!cancelled.get()) {
                    result = work.run(this);
                }
            } catch (Throwable t) {
                error = t;
            } finally {
                thread.set(null);
                Thread.interrupted(); // a late cancel must not leak an interrupt into a pooled thread
                done = true;
            }
            T value = result;
            Throwable failure = error;
            fx.execute(() -> complete(value, failure));
        }

        private void complete(T value, Throwable failure) {
            finished(this);
            if (cancelled.get() || failure instanceof CancellationException) {
                return;
            }
            if (failure != null) {
                if (!(failure instanceof Exception)) {
                    LOG.error("Background task '{}' died", title, failure);
                }
                onFailure.accept(new TaskFailure(title, failure));
            } else {
                onSuccess.accept(value);
            }
        }

        @Override
        public void update(long done, long total) {
            latestFraction = TaskState.fraction(done, total);
            publish();
        }

        @Override
        public void message(String message) {
            latestMessage = Objects.requireNonNull(message, "message");
            publish();
        }

        private void publish() {
            if (hopPending.compareAndSet(false, true)) {
                fx.execute(() -> {
                    hopPending.set(false);
                    fraction = latestFraction;
                    shownMessage = latestMessage;
                    if (active.contains(this)) {
                        refresh();
                    }
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get() || Thread.currentThread().isInterrupted() && thread.get() == Thread.currentThread();
        }

        @Override
        public void cancel() {
            if (cancelled.compareAndSet(false, true)) {
                Thread t = thread.get();
                if (t != null) {
                    t.interrupt();
                }
            }
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }
}
