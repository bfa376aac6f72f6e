// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.downlinks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleStringProperty;
import lorabench.app.LoraBenchServer;
import lorabench.app.ServerOptions;
import lorabench.server.downlink.EnqueueMode;
import lorabench.server.provisioning.DeviceInput;
import lorabench.store.DownlinkStatus;
import lorabench.ui.devices.DeviceDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Every device's queue over a real embedded server (nothing transmits: no gateway is connected), executors inline.
class DownlinksViewModelTest {
    @TempDir
    static Path data;
    private static LoraBenchServer server;
    private static DeviceDirectory directory;

    @BeforeAll
    static void start() throws Exception {
        server = LoraBenchServer.start(ServerOptions.defaults(data).withEphemeralPorts().withAdminPassword("secret1"));
        directory = new DeviceDirectory(server.database(), server.server(), eui -> false);
        for (String[] d : new String[][] {{"70B3D57ED0000201", "alpha"}, {"70B3D57ED0000202", "beta"}}) {
            directory.create(DeviceInput.of(java.util.Map.of("devEui", d[0], "name", d[1], "activation", "OTAA",
                    "macVersion", "1.0.4", "region", "EU868", "joinEui", "70B3D57ED0000001",
                    "appKey", "2B7E151628AED2A6ABF7158809CF4F3C")));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private final SimpleStringProperty search = new SimpleStringProperty("");
    private final DownlinksViewModel vm = new DownlinksViewModel(CompletableFuture.completedFuture(directory),
            Runnable::run, Runnable::run, search);

    private void enqueue(String device, String hex, EnqueueMode mode) {
        vm.reload();
        vm.targetProperty().set(vm.devices().stream().filter(r -> r.device().name().equals(device)).findFirst()
                .orElseThrow());
        vm.form().payloadProperty().set(hex);
        vm.form().modeProperty().set(mode);
        vm.enqueue();
    }

    private List<String> shown() {
        return vm.visibleRows().stream().map(q -> q.deviceName() + ":" + q.downlink().payload().toHex() + ":"
                + q.downlink().status()).toList();
    }

    @Test
    void busyModesStatusFilterSearchAndCancel() {
        enqueue("alpha", "01", EnqueueMode.ENQUEUE_ON_BUSY);
        enqueue("alpha", "02", EnqueueMode.FAIL_ON_BUSY);
        assertEquals("Refused: 1 downlink already waiting (fail on busy) for alpha", vm.lastResultProperty().get());
        enqueue("alpha", "03", EnqueueMode.REPLACE_ON_BUSY);
        enqueue("beta", "04", EnqueueMode.ENQUEUE_ON_BUSY);
        assertEquals(List.of("beta:04:PENDING", "alpha:03:PENDING", "alpha:01:CANCELLED"), shown());

        vm.statusFilterProperty().set(StatusFilter.PENDING);
        assertEquals(List.of("beta:04:PENDING", "alpha:03:PENDING"), shown());
        search.set("alpha");
        assertEquals(List.of("alpha:03:PENDING"), shown());

        vm.selectedProperty().set(vm.visibleRows().getFirst());
        vm.cancelSelected();
        assertEquals(List.of(), shown());
        vm.statusFilterProperty().set(StatusFilter.CANCELLED);
        assertEquals(List.of("alpha:03:CANCELLED", "alpha:01:CANCELLED"), shown());
        assertEquals("2 downlinks: 2 cancelled", vm.summaryProperty().get());
        assertEquals(java.util.EnumSet.of(DownlinkStatus.CANCELLED), StatusFilter.CANCELLED.statuses());
    }
}
