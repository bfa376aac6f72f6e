// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import lorabench.server.export.ExportFormat;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.LogEvent;
import lorabench.store.SessionLogEntry;
import lorabench.store.SessionLogRepository;
import lorabench.ui.dialog.FakeDialogService;
import lorabench.ui.task.BackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionLogExportViewModelTest {
    @TempDir
    Path dir;
    private final Database db = Database.open(DatabaseConfig.h2Memory("export-vm-" + System.nanoTime()));
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<BackgroundTasks.TaskFailure> failures = new ArrayList<>();
    private final SessionLogExportViewModel vm = new SessionLogExportViewModel(CompletableFuture.completedFuture(db),
            dialogs, new BackgroundTasks(Runnable::run, Runnable::run, failures::add), Path.of("/home/me"),
            Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC));

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theChooserOffersATimeStampedFileOfTheFormat() {
        var spec = vm.dialogFor(ExportFormat.PCAP);
        assertEquals("lorabench-20260301-101530.pcap", spec.initialFileName());
        assertEquals(List.of("*.pcap"), spec.filters().getFirst().patterns());
        assertEquals(Optional.of(Path.of("/home/me")), spec.initialDirectory());
        assertEquals(Path.of("/x/log.jsonl"), SessionLogExportViewModel.withExtension(Path.of("/x/log"),
                ExportFormat.JSONL));
        assertEquals(Path.of("/x/log.txt"), SessionLogExportViewModel.withExtension(Path.of("/x/log.txt"),
                ExportFormat.CSV));
    }

    @Test
    void exportsThePcapChosenInTheDialogAndReportsTheCount() throws Exception {
        new SessionLogRepository(db).insertAll(List.of(SessionLogEntry.of(Instant.parse("2026-03-01T10:00:00Z"),
                Direction.UPLINK, "UnconfirmedDataUp", Bytes.fromHex("40DA1B01260000000100"), 868_100_000,
                "SF7BW125", LogEvent.UPLINK)));
        dialogs.chosenFile = Optional.of(dir.resolve("session"));
        assertTrue(vm.export(ExportFormat.PCAP).isPresent());
        Path file = dir.resolve("session.pcap");
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("D4C3B2A1", HexFormat.of().withUpperCase().formatHex(bytes, 0, 4), "pcap magic, little-endian");
        assertEquals(List.of("save: Export session log as pcap (LoRaTap, Wireshark)", "info: Session log exported"),
                dialogs.shown);
        assertTrue(failures.isEmpty());
    }

    @Test
    void cancellingTheChooserExportsNothing() {
        assertTrue(vm.export(ExportFormat.CSV).isEmpty());
        assertEquals(List.of("save: Export session log as CSV"), dialogs.shown);
    }
}
