// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {
    private final ManualExecutor worker = new ManualExecutor();
    private final ManualExecutor fx = new ManualExecutor();
    private final List<BackgroundTasks.TaskFailure> failures = new ArrayList<>();
    private final BackgroundTasks tasks = new BackgroundTasks(worker, fx, failures::add);

    @Test
    void showsTheTaskWhileItRunsAndHandsTheResultToTheFxThread() {
        List<String> results = new ArrayList<>();
        tasks.run("Importing", p -> "done", results::add);
        assertEquals(new TaskState("Importing", TaskState.INDETERMINATE, "", true, 0), tasks.currentProperty().get());
        worker.runAll();
        assertTrue(results.isEmpty(), "the result waits for the FX thread");
        fx.runAll();
        assertEquals(List.of("done"), results);
        assertEquals(TaskState.IDLE, tasks.currentProperty().get());
    }

    @Test
    void coalescesProgressIntoOneFxHopCarryingTheLatestValues() {
        tasks.run("Export", p -> {
            for (int i = 1; i <= 100; i++) {
                p.update(i, 200);
                p.message("row " + i);
            }
            return null;
        }, r -> {});
        worker.runAll();
        assertEquals(2, fx.size(), "one progress hop plus the completion");
        fx.runOne();
        TaskState shown = tasks.currentProperty().get();
        assertEquals(0.5, shown.progress());
        assertEquals("row 100", shown.message());
    }

    @Test
    void failuresGoToTheFailureHandlerNotTheSuccessCallback() {
        List<Object> results = new ArrayList<>();
        tasks.run("Load", p -> {
            throw new IOException("disk gone");
        }, results::add);
        worker.runAll();
        fx.runAll();
        assertTrue(results.isEmpty());
        assertEquals(1, failures.size());
        assertEquals("Load", failures.getFirst().title());
        assertInstanceOf(IOException.class, failures.getFirst().error());
    }

    @Test
    void aTaskCancelledBeforeItRunsNeverRunsItsWork() {
        List<String> ran = new ArrayList<>();
        TaskHandle handle = tasks.run("Scenario", p -> {
            ran.add("work");
            return "x";
        }, ran::add);
        handle.cancel();
        worker.runAll();
        fx.runAll();
        assertTrue(ran.isEmpty());
        assertTrue(handle.isCancelled());
        assertTrue(handle.isDone());
        assertEquals(TaskState.IDLE, tasks.currentProperty().get());
        assertTrue(failures.isEmpty(), "cancellation is not a failure");
    }

    @Test
    void cancelCurrentCancelsTheMostRecentTaskAndTheOtherStaysShown() {
        List<String> results = new ArrayList<>();
        TaskHandle first = tasks.run("First", p -> "1", results::add);
        TaskHandle second = tasks.run("Second", p -> "2", results::add);
        assertEquals(1, tasks.currentProperty().get().others());
        assertEquals("Second", tasks.currentProperty().get().title());
        tasks.cancelCurrent();
        assertTrue(second.isCancelled());
        assertFalse(first.isCancelled());
        worker.runAll();
        fx.runAll();
        assertEquals(List.of("1"), results);
    }

    @Test
    void workThatThrowsCancellationIsTreatedAsCancelled() {
        List<String> results = new ArrayList<>();
        TaskHandle handle = tasks.run("Loop", p -> {
            p.checkCancelled();
            return "ran";
        }, results::add);
        handle.cancel();
        worker.runAll();
        fx.runAll();
        assertTrue(results.isEmpty());
        assertTrue(failures.isEmpty());
    }

    @Test
    void cancelInterruptsBlockedWorkOnARealVirtualThread() throws InterruptedException {
        LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
        List<String> outcome = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            BackgroundTasks real = new BackgroundTasks(pool, fxQueue::add, f -> outcome.add("failed"));
            CountDownLatch started = new CountDownLatch(1);
            TaskHandle handle = real.run("Blocking", p -> {
                started.countDown();
                new CountDownLatch(1).await(); // blocks until interrupted
                return "finished";
            }, outcome::add);
            assertTrue(started.await(30, TimeUnit.SECONDS));
            handle.cancel();
            Runnable completion = fxQueue.poll(30, TimeUnit.SECONDS);
            assertTrue(completion != null, "the work ended after the interrupt");
            completion.run();
            assertTrue(handle.isDone());
            assertTrue(outcome.isEmpty(), "neither success nor failure for a cancelled task");
            assertEquals(TaskState.IDLE, real.currentProperty().get());
        }
    }
}
