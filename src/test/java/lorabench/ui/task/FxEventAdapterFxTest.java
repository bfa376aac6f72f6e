// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The adapter with its real [TimelinePulse]: batches from producer threads arrive on the FX thread.
@ExtendWith(ApplicationExtension.class)
class FxEventAdapterFxTest {
    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
    }

    @Test
    void producerThreadsReachTheFxThreadInBoundedBatches(FxRobot robot) throws Exception {
        List<List<Integer>> batches = new ArrayList<>();
        List<Boolean> onFxThread = new ArrayList<>();
        FxEventAdapter<Integer> adapter = FxEventAdapter.withTimeline(batch -> {
            onFxThread.add(Platform.isFxApplicationThread());
            batches.add(batch);
        }, 1_000, 50_000);
        robot.interact(adapter::start);
        Thread producer = Thread.ofVirtual().start(() -> IntStream.range(0, 5_000).forEach(adapter::offer));
        producer.join();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> adapter.deliveredCount() == 5_000);
        robot.interact(adapter::close);
        assertTrue(onFxThread.stream().allMatch(b -> b));
        assertTrue(batches.stream().allMatch(b -> b.size() <= 1_000));
        assertTrue(batches.size() >= 5, "5000 items at most 1000 per pulse need at least five pulses");
        assertEquals(IntStream.range(0, 5_000).boxed().toList(), batches.stream().flatMap(List::stream).toList());
    }
}
