// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lorabench.lorawan.types.Eui64;
import lorabench.sim.device.DeviceBehaviour;
import lorabench.store.Downlink;
import lorabench.store.DownlinkStatus;
import lorabench.ui.task.BackgroundTasks;

/// The detail pane of the selected device: its downlink queue with statuses and the enqueue form, its join trace,
/// and for a virtual device Join, Send uplink and behaviour. Radio actions run as [BackgroundTasks] tasks (a join
/// can take tens of seconds); their outcome is shown in [#lastResultProperty()].
public final class DeviceDetailViewModel {
    private final CompletableFuture<DeviceDirectory> directory;
    private final VirtualDeviceActions simulator;
    private final BackgroundTasks tasks;
    private final Executor background;
    private final Executor fx;
    private final ObjectProperty<DeviceRow> device = new SimpleObjectProperty<>(this, "device");
    private final ObservableList<Downlink> queue = FXCollections.observableArrayList();
    private final ObservableList<JoinAttempt> joinTrace = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper virtual = new ReadOnlyBooleanWrapper(this, "virtual");
    private final ReadOnlyStringWrapper lastResult = new ReadOnlyStringWrapper(this, "lastResult", "");
    private final DownlinkForm downlink = new DownlinkForm();
    private final DownlinkForm uplink = new DownlinkForm();
    private final BooleanProperty ackDownlinks = new SimpleBooleanProperty(this, "ackDownlinks", true);
    private final StringProperty battery = new SimpleStringProperty(this, "battery", "255");
    private final StringProperty margin = new SimpleStringProperty(this, "margin", "");

    public DeviceDetailViewModel(CompletableFuture<DeviceDirectory> directory, VirtualDeviceActions simulator,
            BackgroundTasks tasks, Executor background, Executor fx) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        uplink.payloadProperty().set("0102");
        device.addListener((obs, old, now) -> {
            boolean changed = old == null || now == null || !old.device().devEui().equals(now.device().devEui());
            if (changed) {
                lastResult.set("");
                queue.clear();
                joinTrace.clear();
                showBehaviour();
            }
            virtual.set(now != null && simulator.isVirtual(now.device().devEui()));
            reload();
        });
    }

    /// {@return the device shown} (the list's selection)
    public ObjectProperty<DeviceRow> deviceProperty() {
        return device;
    }

    public ObservableList<Downlink> queue() {
        return queue;
    }

    public ObservableList<JoinAttempt> joinTrace() {
        return joinTrace;
    }

    /// {@return whether the simulator drives this device} (Join, Send uplink and behaviour apply)
    public ReadOnlyBooleanProperty virtualProperty() {
        return virtual.getReadOnlyProperty();
    }

    /// {@return the outcome of the last action, in words}
    public ReadOnlyStringProperty lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }

    public DownlinkForm downlinkForm() {
        return downlink;
    }

    public DownlinkForm uplinkForm() {
        return uplink;
    }

    public BooleanProperty ackDownlinksProperty() {
        return ackDownlinks;
    }

    public StringProperty batteryProperty() {
        return battery;
    }

    public StringProperty marginProperty() {
        return margin;
    }

    private Eui64 eui() {
        DeviceRow row = device.get();
        return row == null ? null : row.device().devEui();
    }

    /// Reloads the queue and the join trace of the device shown.
    public void reload() {
        Eui64 eui = eui();
        if (eui == null) {
            return;
        }
        record Loaded(List<Downlink> queue, List<JoinAttempt> trace) {}
        directory.thenApplyAsync(d -> new Loaded(d.queue(eui), d.joinTrace(eui)), background)
                .thenAcceptAsync(l -> {
                    if (eui.equals(eui())) {
                        queue.setAll(l.queue().reversed());
                        joinTrace.setAll(l.trace().reversed());
                    }
                }, fx);
    }

    /// Queues the downlink of the form for the device shown.
    public void enqueue() {
        Eui64 eui = eui();
        var values = downlink.parse();
        if (eui == null || values.isEmpty()) {
            return;
        }
        var v = values.get();
        directory.thenApplyAsync(d -> d.enqueue(eui, v.fPort(), v.payload(), v.confirmed(), v.mode()), background)
                .whenCompleteAsync((r, e) -> {
                    String text = e == null ? DownlinkForm.describe(r)
                            : "Enqueue failed: " + DeviceListViewModel.cause(e).getMessage();
                    lastResult.set(text);
                    downlink.showError(r instanceof lorabench.server.downlink.EnqueueResult.Accepted ? "" : text);
                    reload();
                }, fx);
    }

    /// Cancels `d` when it is still pending.
    public void cancel(Downlink d) {
        if (d == null || d.status() != DownlinkStatus.PENDING) {
            return;
        }
        directory.thenApplyAsync(x -> x.cancel(d.id()), background).thenAcceptAsync(done -> {
            lastResult.set(done ? "Cancelled downlink #" + d.id() : "Downlink #" + d.id() + " was no longer pending");
            reload();
        }, fx);
    }

    /// Puts a virtual twin of the device shown on the air (for a device provisioned without one).
    public void simulate() {
        DeviceRow row = device.get();
        if (row == null || virtual.get()) {
            return;
        }
        tasks.run("Creating virtual device", p -> simulator.create(row.device()).get(), ok -> {
            lastResult.set("A virtual device now transmits as " + row.device().devEui());
            virtual.set(true);
            showBehaviour();
        });
    }

    /// Makes the virtual device join (OTAA).
    public void join() {
        Eui64 eui = eui();
        if (eui == null || !virtual.get()) {
            return;
        }
        lastResult.set("Joining\u2026");
        tasks.run("Joining " + eui, p -> {
            p.message("sending join-request");
            return simulator.join(eui).get();
        }, r -> {
            lastResult.set(capitalised(r.toString()));
            reload();
        }, failure -> lastResult.set("Join failed: " + DeviceListViewModel.cause(failure.error()).getMessage()));
    }

    /// Sends the uplink of the uplink form from the virtual device.
    public void sendUplink() {
        Eui64 eui = eui();
        var values = uplink.parse();
        if (eui == null || !virtual.get() || values.isEmpty()) {
            return;
        }
        var v = values.get();
        lastResult.set("Sending uplink\u2026");
        tasks.run("Uplink from " + eui, p -> simulator.sendUplink(eui, v.fPort(), v.payload(), v.confirmed()).get(),
                r -> {
                    lastResult.set(capitalised(r.toString()));
                    reload();
                }, failure -> lastResult.set("Uplink failed: "
                        + DeviceListViewModel.cause(failure.error()).getMessage()));
    }

    /// Applies the behaviour fields (ACK downlinks, battery 0..255, margin -32..31 or blank for the measured SNR).
    public void applyBehaviour() {
        Eui64 eui = eui();
        if (eui == null || !virtual.get()) {
            return;
        }
        DeviceBehaviour b;
        try {
            int bat = Integer.parseInt(battery.get().strip());
            String m = margin.get() == null ? "" : margin.get().strip();
            b = new DeviceBehaviour(ackDownlinks.get(), bat, m.isEmpty() ? OptionalInt.empty()
                    : OptionalInt.of(Integer.parseInt(m)));
        } catch (IllegalArgumentException e) {
            lastResult.set("Behaviour not applied: battery must be 0..255 and margin -32..31 (or blank).");
            return;
        }
        simulator.setBehaviour(eui, b).whenCompleteAsync((ok, e) -> lastResult.set(e == null
                ? "Behaviour applied" : "Behaviour not applied: " + DeviceListViewModel.cause(e).getMessage()), fx);
    }

    private void showBehaviour() {
        Eui64 eui = eui();
        var b = eui == null ? java.util.Optional.<DeviceBehaviour>empty() : simulator.behaviour(eui);
        DeviceBehaviour shown = b.orElse(DeviceBehaviour.DEFAULT);
        ackDownlinks.set(shown.ackDownlinks());
        battery.set(String.valueOf(shown.battery()));
        margin.set(shown.margin().isPresent() ? String.valueOf(shown.margin().getAsInt()) : "");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
