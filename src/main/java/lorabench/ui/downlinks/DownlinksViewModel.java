// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.downlinks;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import lorabench.server.downlink.EnqueueResult;
import lorabench.store.DownlinkStatus;
import lorabench.ui.devices.DeviceDirectory;
import lorabench.ui.devices.DeviceRow;
import lorabench.ui.devices.DownlinkForm;
import lorabench.ui.devices.QueuedDownlink;

/// Every device's downlink queue in one table: filtered by status (server side) and by the search text (DevEUI or
/// device name), with enqueue (any device, any OrbiWAN busy mode) and cancel.
public final class DownlinksViewModel {
    private final CompletableFuture<DeviceDirectory> directory;
    private final Executor background;
    private final Executor fx;
    private final ObservableList<QueuedDownlink> rows = FXCollections.observableArrayList();
    private final FilteredList<QueuedDownlink> visibleRows = new FilteredList<>(rows);
    private final ObservableList<DeviceRow> devices = FXCollections.observableArrayList();
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(this, "statusFilter",
            StatusFilter.ALL);
    private final ObjectProperty<DeviceRow> target = new SimpleObjectProperty<>(this, "target");
    private final ObjectProperty<QueuedDownlink> selected = new SimpleObjectProperty<>(this, "selected");
    private final DownlinkForm form = new DownlinkForm();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Loading\u2026");
    private final ReadOnlyStringWrapper lastResult = new ReadOnlyStringWrapper(this, "lastResult", "");
    private boolean loading;
    private boolean reloadAgain;

    public DownlinksViewModel(CompletableFuture<DeviceDirectory> directory, Executor background, Executor fx,
            ObservableStringValue searchText) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        visibleRows.setPredicate(r -> matches(r, searchText.get()));
        searchText.addListener((obs, old, now) -> visibleRows.setPredicate(r -> matches(r, now)));
        statusFilter.addListener((obs, old, now) -> reload());
    }

    static boolean matches(QueuedDownlink q, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String text = (q.devEui() + " " + q.deviceName() + " " + q.downlink().payload().toHex()).toLowerCase(
                Locale.ROOT);
        for (String w : query.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    public ObservableList<QueuedDownlink> visibleRows() {
        return visibleRows;
    }

    /// {@return the devices offered as enqueue targets}
    public ObservableList<DeviceRow> devices() {
        return devices;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    /// {@return the device the next downlink is for}
    public ObjectProperty<DeviceRow> targetProperty() {
        return target;
    }

    public ObjectProperty<QueuedDownlink> selectedProperty() {
        return selected;
    }

    public DownlinkForm form() {
        return form;
    }

    /// {@return "4 downlinks: 1 pending, 3 acknowledged"}
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }

    /// Reloads the downlinks of the chosen status and the device list (call on the FX thread).
    public void reload() {
        if (loading) {
            reloadAgain = true;
            return;
        }
        loading = true;
        var statuses = statusFilter.get().statuses();
        record Loaded(List<QueuedDownlink> downlinks, List<DeviceRow> devices) {}
        directory.thenApplyAsync(d -> new Loaded(d.allDownlinks(statuses), d.list()), background)
                .whenCompleteAsync((l, e) -> {
                    loading = false;
                    if (e == null) {
                        show(l.downlinks(), l.devices());
                    } else {
                        summary.set("Could not load the downlinks: " + e.getMessage());
                    }
                    if (reloadAgain) {
                        reloadAgain = false;
                        reload();
                    }
                }, fx);
    }

    private void show(List<QueuedDownlink> list, List<DeviceRow> deviceRows) {
        Long keep = selected.get() == null ? null : selected.get().downlink().id();
        rows.setAll(list);
        if (keep != null) {
            selected.set(list.stream().filter(q -> q.downlink().id() == keep).findFirst().orElse(null));
        }
        var previous = target.get() == null ? null : target.get().device().devEui();
        devices.setAll(deviceRows);
        target.set(deviceRows.stream().filter(r -> r.device().devEui().equals(previous)).findFirst()
                .orElse(deviceRows.isEmpty() ? null : deviceRows.getFirst()));
        Map<DownlinkStatus, Long> counts = list.stream().collect(Collectors.groupingBy(q -> q.downlink().status(),
                () -> new EnumMap<>(DownlinkStatus.class), Collectors.counting()));
        summary.set(list.size() + (list.size() == 1 ? " downlink" : " downlinks") + (counts.isEmpty() ? ""
                : ": " + counts.entrySet().stream().map(c -> c.getValue() + " " + c.getKey().name().replace('_', ' ')
                        .toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
    }

    /// Queues the form's downlink for the chosen device with the chosen busy mode.
    public void enqueue() {
        DeviceRow device = target.get();
        var values = form.parse();
        if (values.isEmpty()) {
            return;
        }
        if (device == null) {
            form.showError("Choose the device the downlink is for.");
            return;
        }
        var v = values.get();
        var eui = device.device().devEui();
        directory.thenApplyAsync(d -> d.enqueue(eui, v.fPort(), v.payload(), v.confirmed(), v.mode()), background)
                .whenCompleteAsync((r, e) -> {
                    String text = e == null ? DownlinkForm.describe(r) + " for " + device.device().name()
                            : "Enqueue failed: " + e.getMessage();
                    lastResult.set(text);
                    form.showError(r instanceof EnqueueResult.Accepted ? "" : text);
                    reload();
                }, fx);
    }

    /// Cancels the selected downlink when it is pending.
    public void cancelSelected() {
        QueuedDownlink q = selected.get();
        if (q == null || q.downlink().status() != DownlinkStatus.PENDING) {
            lastResult.set("Only a pending downlink can be cancelled.");
            return;
        }
        directory.thenApplyAsync(d -> d.cancel(q.downlink().id()), background).thenAcceptAsync(done -> {
            lastResult.set(done ? "Cancelled downlink #" + q.downlink().id()
                    : "Downlink #" + q.downlink().id() + " was no longer pending");
            reload();
        }, fx);
    }
}
