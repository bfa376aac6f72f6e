// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import lorabench.lorawan.types.Eui64;
import lorabench.server.provisioning.ImportListener;
import lorabench.server.provisioning.InvalidDeviceException;
import lorabench.store.Device;
import lorabench.ui.dialog.DialogService;
import lorabench.ui.dialog.FileDialogSpec;
import lorabench.ui.task.BackgroundTasks;

/// The device table: every provisioned device with its session, filtered by the shell's search text; add, edit,
/// delete and bulk import. Reads run on `background`, their results are applied on `fx`; the import runs as a
/// [BackgroundTasks] task with progress and cancel in the status bar.
public final class DeviceListViewModel {
    private final CompletableFuture<DeviceDirectory> directory;
    private final VirtualDeviceActions simulator;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final Executor background;
    private final Executor fx;
    private final RandomGenerator random;
    private final ObservableList<DeviceRow> rows = FXCollections.observableArrayList();
    private final FilteredList<DeviceRow> visibleRows = new FilteredList<>(rows);
    private final ObjectProperty<DeviceRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Loading devices\u2026");
    private final ReadOnlyObjectWrapper<ImportReport> lastImport = new ReadOnlyObjectWrapper<>(this, "lastImport");
    private boolean loading;
    private boolean reloadAgain;

    public DeviceListViewModel(CompletableFuture<DeviceDirectory> directory, VirtualDeviceActions simulator,
            DialogService dialogs, BackgroundTasks tasks, Executor background, Executor fx, RandomGenerator random,
            ObservableStringValue searchText) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.random = Objects.requireNonNull(random, "random");
        visibleRows.setPredicate(r -> r.matches(searchText.get()));
        searchText.addListener((obs, old, now) -> {
            visibleRows.setPredicate(r -> r.matches(now));
            updateSummary();
        });
    }

    /// {@return the rows the search lets through, in DevEUI order}
    public ObservableList<DeviceRow> visibleRows() {
        return visibleRows;
    }

    /// {@return the selected row} (bound to the table's selection)
    public ObjectProperty<DeviceRow> selectedProperty() {
        return selected;
    }

    /// {@return "12 devices (3 virtual)" or "2 of 12 devices"}
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// {@return the report of the last import}, null before the first
    public ReadOnlyObjectProperty<ImportReport> lastImportProperty() {
        return lastImport.getReadOnlyProperty();
    }

    /// Reloads the table (call on the FX thread); a reload asked while one runs is done once it ends.
    public void reload() {
        if (loading) {
            reloadAgain = true;
            return;
        }
        loading = true;
        directory.thenApplyAsync(DeviceDirectory::list, background).whenCompleteAsync((list, e) -> {
            loading = false;
            if (e == null) {
                show(list);
            } else {
                summary.set("Could not load the devices: " + cause(e).getMessage());
            }
            if (reloadAgain) {
                reloadAgain = false;
                reload();
            }
        }, fx);
    }

    private void show(List<DeviceRow> list) {
        Eui64 keep = selected.get() == null ? null : selected.get().device().devEui();
        rows.setAll(list);
        updateSummary();
        if (keep != null) {
            selected.set(list.stream().filter(r -> r.device().devEui().equals(keep)).findFirst().orElse(null));
        }
    }

    private void updateSummary() {
        long virtual = rows.stream().filter(DeviceRow::virtual).count();
        String count = rows.size() + (rows.size() == 1 ? " device" : " devices");
        summary.set(visibleRows.size() == rows.size() ? count + (virtual == 0 ? "" : " (" + virtual + " virtual)")
                : visibleRows.size() + " of " + count);
    }

    /// {@return a form for a new device}; `virtual` also puts a virtual twin on the air when saved
    public DeviceFormViewModel newDevice(boolean virtual) {
        return DeviceFormViewModel.forNew(random, virtual);
    }

    /// {@return a form for the selected device}, null when nothing is selected
    public DeviceFormViewModel editSelected() {
        return selected.get() == null ? null : DeviceFormViewModel.forEdit(selected.get().device(), random);
    }

    /// Saves `form` (create or update; for a virtual device also creates its twin), then reloads and selects it.
    /// {@return the stored device; fails with [InvalidDeviceException] whose violations the form then shows}
    public CompletableFuture<Device> save(DeviceFormViewModel form) {
        var input = form.input();
        CompletableFuture<Device> saved = directory.thenApplyAsync(d -> {
            try {
                Device stored = form.editing() ? d.update(input).orElseThrow(() -> new IllegalStateException(
                        "the device was deleted meanwhile")) : d.create(input);
                if (form.virtual()) {
                    simulator.create(stored).join();
                }
                return stored;
            } catch (InvalidDeviceException e) {
                throw new CompletionException(e);
            }
        }, background);
        return saved.whenCompleteAsync((device, e) -> {
            if (e != null && cause(e) instanceof InvalidDeviceException invalid) {
                form.showViolations(invalid.violations());
            } else if (e != null) {
                dialogs.showError("Saving the device failed", String.valueOf(cause(e).getMessage()), cause(e));
            } else {
                selected.set(new DeviceRow(device, java.util.Optional.empty(), form.virtual()));
                reload();
            }
        }, fx);
    }

    /// Asks for confirmation, then deletes the selected device (and its virtual twin).
    public void deleteSelected() {
        DeviceRow row = selected.get();
        if (row == null || !dialogs.showConfirmation("Delete device", "Delete " + row.device().name() + " ("
                + row.device().devEui() + ") with its session, queue and uplinks?", "Delete")) {
            return;
        }
        Eui64 eui = row.device().devEui();
        directory.thenApplyAsync(d -> {
            simulator.remove(eui);
            return d.delete(eui);
        }, background).whenCompleteAsync((done, e) -> {
            if (e != null) {
                dialogs.showError("Deleting the device failed", String.valueOf(cause(e).getMessage()), cause(e));
            }
            selected.set(null);
            reload();
        }, fx);
    }

    /// Asks for a CSV or JSON file and imports it as a background task; the report lands in [#lastImportProperty()].
    public void importDevices() {
        dialogs.showOpenDialog(FileDialogSpec.titled("Import devices").withFilters(
                new FileDialogSpec.Filter("Devices (CSV, JSON)", "*.csv", "*.json"),
                new FileDialogSpec.Filter("All files", "*"))).ifPresent(this::importFile);
    }

    /// Imports `file` as a background task with progress, cancellable between batches.
    public void importFile(Path file) {
        tasks.run("Importing devices", progress -> {
            progress.message("reading " + file.getFileName());
            return directory.get().importFile(file, new ImportListener() {
                @Override
                public void progress(int processed, int total) {
                    progress.update(processed, total);
                    progress.message(processed + " of " + total + " rows");
                }

                @Override
                public boolean cancelled() {
                    return progress.isCancelled();
                }
            });
        }, result -> {
            lastImport.set(new ImportReport(file, result));
            reload();
        }, failure -> dialogs.showError("Import failed", String.valueOf(failure.error().getMessage())));
    }

    static Throwable cause(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
