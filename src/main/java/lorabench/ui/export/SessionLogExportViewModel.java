// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import lorabench.server.export.ExportFormat;
import lorabench.server.export.SessionLogExport;
import lorabench.store.Database;
import lorabench.store.SessionLogQuery;
import lorabench.store.SessionLogRepository;
import lorabench.ui.dialog.DialogService;
import lorabench.ui.dialog.FileDialogSpec;
import lorabench.ui.task.BackgroundTasks;
import lorabench.ui.task.TaskHandle;
import lorabench.ui.task.TaskProgress;

/// File → Export session log: asks where to save, then streams the whole session log as JSONL, CSV or pcap
/// (LoRaTap, for Wireshark) as a background task with progress (entries counted first, bytes written as it goes)
/// and cancel; a cancelled or failed export leaves no partial file behind.
public final class SessionLogExportViewModel {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final CompletableFuture<Database> database;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final Path initialDirectory;
    private final Clock clock;

    public SessionLogExportViewModel(CompletableFuture<Database> database, DialogService dialogs,
            BackgroundTasks tasks, Path initialDirectory, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.initialDirectory = Objects.requireNonNull(initialDirectory, "initialDirectory");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /// {@return the file chooser for `format`}: its filter and a time-stamped file name
    public FileDialogSpec dialogFor(ExportFormat format) {
        String ext = extension(format);
        return FileDialogSpec.titled("Export session log as " + label(format))
                .withInitialDirectory(initialDirectory)
                .withInitialFileName("lorabench-" + STAMP.format(clock.instant().atZone(clock.getZone())) + "." + ext)
                .withFilters(new FileDialogSpec.Filter(label(format), "*." + ext));
    }

    /// Asks for a file and exports to it. {@return the task, empty when the user cancelled the chooser}
    public Optional<TaskHandle> export(ExportFormat format) {
        return dialogs.showSaveDialog(dialogFor(format)).map(file -> exportTo(format, withExtension(file, format)));
    }

    /// Exports to `file` as a background task; a dialog reports the outcome.
    public TaskHandle exportTo(ExportFormat format, Path file) {
        return tasks.run("Exporting session log", p -> write(format, file, p),
                n -> dialogs.showInformation("Session log exported", String.format(Locale.ROOT,
                        "%,d %s written to %s", n, n == 1 ? "entry" : "entries", file)),
                failure -> dialogs.showError("Export failed", "The session log could not be written to " + file
                        + ": " + failure.error().getMessage(), failure.error()));
    }

    private long write(ExportFormat format, Path file, TaskProgress progress) throws Exception {
        Database db = database.get();
        SessionLogExport exporter = new SessionLogExport(db);
        progress.message("counting entries");
        long total = new SessionLogRepository(db).count(SessionLogQuery.all());
        progress.update(0, -1);
        progress.message(String.format(Locale.ROOT, "%,d entries", total));
        boolean done = false;
        try (OutputStream out = new ProgressStream(new BufferedOutputStream(Files.newOutputStream(file)), progress,
                total)) {
            long n = exporter.write(SessionLogQuery.all(), format, out);
            done = true;
            return n;
        } finally {
            if (!done) {
                Files.deleteIfExists(file);
            }
        }
    }

    /// {@return `file`, with the format's extension added when it has none}
    static Path withExtension(Path file, ExportFormat format) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + "." + extension(format));
    }

    static String extension(ExportFormat format) {
        return switch (format) {
            case JSONL -> "jsonl";
            case CSV -> "csv";
            case PCAP -> "pcap";
        };
    }

    static String label(ExportFormat format) {
        return switch (format) {
            case JSONL -> "JSON lines";
            case CSV -> "CSV";
            case PCAP -> "pcap (LoRaTap, Wireshark)";
        };
    }

    /// Counts bytes for the progress message and stops the export when the task is cancelled.
    private static final class ProgressStream extends FilterOutputStream {
        private final TaskProgress progress;
        private final long entries;
        private long bytes;

        ProgressStream(OutputStream out, TaskProgress progress, long entries) {
            super(out);
            this.progress = progress;
            this.entries = entries;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check();
            out.write(b, off, len);
            count(len);
        }

        @Override
        public void write(int b) throws IOException {
            check();
            out.write(b);
            count(1);
        }

        private void check() throws IOException {
            if (progress.isCancelled()) {
                throw new InterruptedIOException("export cancelled");
            }
        }

        private void count(int n) {
            long before = bytes / 65_536;
            bytes += n;
            if (bytes / 65_536 != before) {
                progress.message(String.format(Locale.ROOT, "%,d entries, %,d KiB written", entries, bytes / 1024));
            }
        }
    }
}
