// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lorabench.ui.status.PortBinding;
import lorabench.ui.status.PublishedStatus;
import lorabench.ui.status.ServerState;
import lorabench.ui.status.ServerStatus;
import lorabench.ui.task.BackgroundTasks;
import lorabench.ui.task.ManualExecutor;
import lorabench.ui.task.TaskHandle;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {
    private final ManualExecutor fx = new ManualExecutor();
    private final ManualExecutor worker = new ManualExecutor();
    private final BackgroundTasks tasks = new BackgroundTasks(worker, fx, f -> {});
    private final PublishedStatus status = new PublishedStatus(fx, ServerStatus.notStarted());
    private final StatusBarViewModel vm = new StatusBarViewModel(status, tasks);

    @Test
    void showsANotStartedServer() {
        assertEquals("Server: not started", vm.serverTextProperty().get());
        assertEquals("", vm.portsTextProperty().get());
        assertEquals("No database", vm.databaseTextProperty().get());
        assertEquals("0 gateways", vm.gatewaysTextProperty().get());
        assertEquals("0 devices", vm.devicesTextProperty().get());
        assertEquals("0.0 frames/s", vm.framesTextProperty().get());
        assertEquals(ServerState.NOT_STARTED, vm.serverStateProperty().get());
    }

    @Test
    void followsTheServerStatusOnceItReachesTheFxThread() {
        status.publish(new ServerStatus(ServerState.RUNNING,
                List.of(new PortBinding("HTTP", 8090), new PortBinding("UDP", 1700), new PortBinding("MQTT", 1883)),
                "H2 /data/lorabench", 1, 1234, 12.345, ""));
        assertEquals("Server: not started", vm.serverTextProperty().get(), "nothing changes off the FX thread");
        fx.runAll();
        assertEquals("Server: running", vm.serverTextProperty().get());
        assertEquals("HTTP 8090 \u00b7 UDP 1700 \u00b7 MQTT 1883", vm.portsTextProperty().get());
        assertEquals("H2 /data/lorabench", vm.databaseTextProperty().get());
        assertEquals("1 gateway", vm.gatewaysTextProperty().get());
        assertEquals("1,234 devices", vm.devicesTextProperty().get());
        assertEquals("12.3 frames/s", vm.framesTextProperty().get());
    }

    @Test
    void publishedStatusCoalescesBurstsAndKeepsTheLatest() {
        for (int i = 0; i < 1000; i++) {
            status.publish(new ServerStatus(ServerState.RUNNING, List.of(), "", 0, i, 0, ""));
        }
        assertEquals(1, fx.size());
        fx.runAll();
        assertEquals("999 devices", vm.devicesTextProperty().get());
    }

    @Test
    void showsTheFailureDetail() {
        status.publish(new ServerStatus(ServerState.FAILED, List.of(), "", 0, 0, 0, "UDP port 1700 in use"));
        fx.runAll();
        assertEquals("Server: failed \u2014 UDP port 1700 in use", vm.serverTextProperty().get());
    }

    @Test
    void showsTheRunningTaskAndCancelsIt() {
        assertFalse(vm.taskVisibleProperty().get());
        TaskHandle handle = tasks.run("Exporting", p -> {
            p.update(1, 4);
            p.message("frames.jsonl");
            return null;
        }, r -> {});
        assertTrue(vm.taskVisibleProperty().get());
        worker.runAll();
        fx.runOne();
        assertEquals("Exporting: frames.jsonl", vm.taskTextProperty().get());
        assertEquals(0.25, vm.taskProgressProperty().get());
        vm.cancelTask();
        assertTrue(handle.isCancelled());
        fx.runAll();
        assertFalse(vm.taskVisibleProperty().get());
    }
}
