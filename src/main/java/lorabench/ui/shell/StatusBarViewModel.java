// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import lorabench.ui.status.ServerState;
import lorabench.ui.status.ServerStatus;
import lorabench.ui.status.StatusSource;
import lorabench.ui.task.BackgroundTasks;
import lorabench.ui.task.TaskState;

/// The status bar's texts, derived from the server's [StatusSource] and the foreground background task.
public final class StatusBarViewModel {
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<ServerState> serverState = new ReadOnlyObjectWrapper<>(this, "serverState");
    private final ReadOnlyStringWrapper serverText = new ReadOnlyStringWrapper(this, "serverText");
    private final ReadOnlyStringWrapper portsText = new ReadOnlyStringWrapper(this, "portsText");
    private final ReadOnlyStringWrapper databaseText = new ReadOnlyStringWrapper(this, "databaseText");
    private final ReadOnlyStringWrapper gatewaysText = new ReadOnlyStringWrapper(this, "gatewaysText");
    private final ReadOnlyStringWrapper devicesText = new ReadOnlyStringWrapper(this, "devicesText");
    private final ReadOnlyStringWrapper framesText = new ReadOnlyStringWrapper(this, "framesText");
    private final ReadOnlyBooleanWrapper taskVisible = new ReadOnlyBooleanWrapper(this, "taskVisible");
    private final ReadOnlyStringWrapper taskText = new ReadOnlyStringWrapper(this, "taskText");
    private final ReadOnlyDoubleWrapper taskProgress = new ReadOnlyDoubleWrapper(this, "taskProgress");

    public StatusBarViewModel(StatusSource source, BackgroundTasks tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        showServer(source.status().get());
        source.status().addListener((obs, old, now) -> showServer(now));
        showTask(tasks.currentProperty().get());
        tasks.currentProperty().addListener((obs, old, now) -> showTask(now));
    }

    private void showServer(ServerStatus s) {
        serverState.set(s.state());
        serverText.set("Server: " + s.state().label() + (s.detail().isEmpty() ? "" : " \u2014 " + s.detail()));
        portsText.set(s.ports().stream().map(Object::toString).collect(Collectors.joining(" \u00b7 ")));
        databaseText.set(s.database().isEmpty() ? "No database" : s.database());
        gatewaysText.set(count(s.gateways(), "gateway"));
        devicesText.set(count(s.devices(), "device"));
        framesText.set(String.format(Locale.ROOT, "%.1f frames/s", s.framesPerSecond()));
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private void showTask(TaskState t) {
        taskVisible.set(t.running());
        StringBuilder text = new StringBuilder(t.title());
        if (!t.message().isEmpty()) {
            text.append(": ").append(t.message());
        }
        if (t.others() > 0) {
            text.append(" (+").append(t.others()).append(" more)");
        }
        taskText.set(text.toString());
        taskProgress.set(t.progress());
    }

    /// Cancels the task shown in the status bar.
    public void cancelTask() {
        tasks.cancelCurrent();
    }

    public ReadOnlyObjectProperty<ServerState> serverStateProperty() {
        return serverState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serverTextProperty() {
        return serverText.getReadOnlyProperty();
    }

    /// {@return "HTTP 8090 · UDP 1700 · MQTT 1883", empty when nothing listens}
    public ReadOnlyStringProperty portsTextProperty() {
        return portsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseTextProperty() {
        return databaseText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gatewaysTextProperty() {
        return gatewaysText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty devicesTextProperty() {
        return devicesText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty framesTextProperty() {
        return framesText.getReadOnlyProperty();
    }

    /// {@return whether a background task is running (the task area is shown)}
    public ReadOnlyBooleanProperty taskVisibleProperty() {
        return taskVisible.getReadOnlyProperty();
    }

    /// {@return "title: message (+n more)"}
    public ReadOnlyStringProperty taskTextProperty() {
        return taskText.getReadOnlyProperty();
    }

    /// {@return 0..1, or -1 for indeterminate (the ProgressBar convention)}
    public ReadOnlyDoubleProperty taskProgressProperty() {
        return taskProgress.getReadOnlyProperty();
    }
}
