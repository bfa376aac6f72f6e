// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleStringProperty;
import lorabench.server.provisioning.Rejection;
import lorabench.ui.dialog.FakeDialogService;
import lorabench.ui.task.BackgroundTasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The device list over a real embedded server, with every executor running inline.
class DeviceListViewModelTest {
    @TempDir
    static Path data;
    private static EmbeddedBench bench;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<BackgroundTasks.TaskFailure> failures = new ArrayList<>();
    private final SimpleStringProperty search = new SimpleStringProperty("");
    private DeviceListViewModel list;

    @BeforeAll
    static void startServer() {
        bench = new EmbeddedBench(data.resolve("server"));
    }

    @AfterAll
    static void stopServer() {
        bench.close();
    }

    private DeviceListViewModel list() {
        if (list == null) {
            list = new DeviceListViewModel(CompletableFuture.completedFuture(bench.directory), bench.simulator, dialogs,
                    new BackgroundTasks(Runnable::run, Runnable::run, failures::add), Runnable::run, Runnable::run,
                    new SplittableRandom(9), search);
        }
        return list;
    }

    @Test
    void importReportsProgressAndEachBadRowWithItsLineAndField() throws Exception {
        Path csv = data.resolve("devices.csv");
        Files.writeString(csv, """
                devEui,name,activation,macVersion,region,joinEui,appKey
                70B3D57ED0000101,first,OTAA,1.0.4,EU868,70B3D57ED0000001,2B7E151628AED2A6ABF7158809CF4F3C
                70B3D57ED0000102,second,OTAA,1.0.4,EU868,70B3D57ED0000001,2B7E1516
                70B3D57ED0000103,third,OTAA,1.0.4,EU868,70B3D57ED0000001,2B7E151628AED2A6ABF7158809CF4F3C
                """);
        list().importFile(csv);
        ImportReport report = list().lastImportProperty().get();
        assertEquals(2, report.result().imported());
        assertEquals(List.of(new Rejection(3, Optional.of("appKey"), "must be 32 hex digits (an AES-128 key)")),
                report.result().rejected());
        assertEquals("Imported 2 devices from devices.csv; 1 row rejected", report.summary());
        assertTrue(failures.isEmpty());
        search.set("0000103");
        assertEquals(List.of("third"), list().visibleRows().stream().map(r -> r.device().name()).toList());
        assertTrue(list().summaryProperty().get().startsWith("1 of "), list().summaryProperty().get());
    }

    @Test
    void aFileThatIsNeitherCsvNorJsonFailsWithAMessage() throws Exception {
        Path bad = data.resolve("bad.json");
        Files.writeString(bad, "[{\"devEui\": ");
        list().importFile(bad);
        assertEquals(1, dialogs.shown.size());
        assertTrue(dialogs.shown.getFirst().startsWith("error: Import failed"), dialogs.shown.toString());
    }

    @Test
    void savingAFormCreatesTheDeviceAndAVirtualTwinAndDeleteRemovesBoth() {
        DeviceFormViewModel form = list().newDevice(true);
        form.value("name").set("bench-twin");
        list().save(form).join();
        DeviceRow selected = list().selectedProperty().get();
        assertEquals("bench-twin", selected.device().name());
        assertTrue(bench.simulator.isVirtual(selected.device().devEui()));
        assertTrue(list().visibleRows().stream().anyMatch(r -> r.device().name().equals("bench-twin") && r.virtual()));

        DeviceFormViewModel again = list().newDevice(false);
        again.value("devEui").set(selected.device().devEui().toString());
        assertTrue(list().save(again).isCompletedExceptionally());
        assertTrue(again.errorOf("devEui").get().contains("exists already"), again.errorOf("devEui").get());

        list().deleteSelected();
        assertEquals(List.of("confirm: Delete device"), dialogs.shown);
        assertTrue(bench.directory.find(selected.device().devEui()).isEmpty());
        assertTrue(!bench.simulator.isVirtual(selected.device().devEui()));
    }
}
