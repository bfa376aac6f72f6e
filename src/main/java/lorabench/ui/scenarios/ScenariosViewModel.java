// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.scenarios;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lorabench.sim.run.RunReport;
import lorabench.sim.scenario.ClockMode;
import lorabench.sim.scenario.Expansion;
import lorabench.sim.scenario.ScenarioExpansion;
import lorabench.ui.dialog.DialogService;
import lorabench.ui.dialog.FileDialogSpec;
import lorabench.ui.task.BackgroundTasks;
import lorabench.ui.task.FxEventAdapter;
import lorabench.ui.task.Pulse;
import lorabench.ui.task.TaskProgress;

/// The Scenarios screen: the sample scenarios and the files opened with Open…, the selected one's description, and
/// its runs (virtual or real time) with live progress and, once a run ends, the closing summary of `sim run`.
///
/// Files are read and runs composed through [BackgroundTasks] (a run is one task: its progress and cancel are in
/// the status bar); a run's own thread reports through an [FxEventAdapter], so the FX thread takes the reports in
/// batches on the pulse and never waits for a run. Call every method on the FX thread.
public final class ScenariosViewModel implements AutoCloseable {
    /// Most run updates waiting for the pulse (a run reports about 200 times; older reports of a run are dropped
    /// first, and only its latest matters).
    static final int UPDATE_CAPACITY = 4_096;

    private final ScenarioEngine engine;
    private final Optional<Path> samples;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final FxEventAdapter<RunUpdate> updates;
    private final Map<Integer, RunControl> controls = new ConcurrentHashMap<>();

    private final ObservableList<ScenarioFile> files = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper filesMessage = new ReadOnlyStringWrapper(this, "filesMessage", "");
    private final ReadOnlyObjectWrapper<ScenarioFile> selectedFile = new ReadOnlyObjectWrapper<>(this, "selectedFile");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyStringWrapper seed = new ReadOnlyStringWrapper(this, "seed", "");
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock", "");
    private final ReadOnlyStringWrapper devices = new ReadOnlyStringWrapper(this, "devices", "");
    private final ReadOnlyStringWrapper gateways = new ReadOnlyStringWrapper(this, "gateways", "");
    private final ReadOnlyStringWrapper duration = new ReadOnlyStringWrapper(this, "duration", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper runnable = new ReadOnlyBooleanWrapper(this, "runnable");
    private final ObjectProperty<ClockMode> runClock = new SimpleObjectProperty<>(this, "runClock", ClockMode.VIRTUAL);

    private final ObservableList<RunRow> runs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RunRow> selectedRun = new ReadOnlyObjectWrapper<>(this, "selectedRun");
    private final RunDetailsViewModel runDetails = new RunDetailsViewModel();
    private int lastRun;

    /// What the run's thread and Stop share about one run.
    private static final class RunControl {
        volatile ScenarioEngine.Run run;
        volatile boolean stopRequested;
    }

    /// @param samples the sample scenarios' folder ([ScenarioFiles#findSamples]); empty lists no sample
    /// @param pulse   drains the runs' reports on the FX thread
    public ScenariosViewModel(ScenarioEngine engine, Optional<Path> samples, BackgroundTasks tasks,
            DialogService dialogs, Pulse pulse) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.samples = Objects.requireNonNull(samples, "samples");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.updates = new FxEventAdapter<>(this::onUpdates, UPDATE_CAPACITY, UPDATE_CAPACITY, pulse);
        updates.start();
    }

    // ---- files ----

    /// Reads the samples' folder again (off the FX thread); the files opened by the user stay in the list.
    public void reloadSamples() {
        if (samples.isEmpty()) {
            filesMessage.set("No " + ScenarioFiles.FOLDER + "/ folder found: open a scenario file with Open\u2026");
            return;
        }
        Path folder = samples.get();
        filesMessage.set("Reading " + folder + "\u2026");
        tasks.run("Reading the sample scenarios", p -> ScenarioFiles.list(folder).stream()
                .map(f -> ScenarioFiles.read(f, true)).toList(), read -> {
                    files.removeIf(ScenarioFile::sample);
                    files.addAll(0, read);
                    filesMessage.set(read.size() + " sample" + (read.size() == 1 ? "" : "s") + " in " + folder);
                    if (selectedFile.get() == null && !files.isEmpty()) {
                        select(files.getFirst());
                    }
                }, failure -> filesMessage.set("Could not read " + folder + ": " + message(failure.error())));
    }

    /// Asks for a scenario file (the dialog service's file chooser), reads it off the FX thread and selects it.
    public void open() {
        FileDialogSpec spec = FileDialogSpec.titled("Open scenario")
                .withFilters(new FileDialogSpec.Filter("Scenario files (JSON)", "*.json"),
                        new FileDialogSpec.Filter("All files", "*"));
        Optional<Path> start = Optional.ofNullable(selectedFile.get()).map(f -> f.path().getParent())
                .or(() -> samples);
        // NOTE: samples read from inside the jar are not on the default file system; a file chooser cannot open there
        if (start.isPresent() && start.get().getFileSystem() == FileSystems.getDefault()) {
            spec = spec.withInitialDirectory(start.get());
        }
        dialogs.showOpenDialog(spec).ifPresent(this::open);
    }

    /// Reads `file` off the FX thread, adds it to the list (replacing an earlier entry of the same file) and selects it.
    public void open(Path file) {
        Path path = file.toAbsolutePath().normalize();
        tasks.run("Reading " + path.getFileName(), p -> ScenarioFiles.read(path, false), read -> {
            int at = indexOf(path);
            if (at >= 0 && !files.get(at).sample()) {
                files.set(at, read);
            } else {
                files.add(read);
            }
            select(read);
        });
    }

    private int indexOf(Path path) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    /// Shows `file`'s description (or its problem); the run clock becomes the scenario's own.
    public void select(ScenarioFile file) {
        selectedFile.set(file);
        fileName.set(file == null ? "" : String.valueOf(file.path()));
        switch (file) {
            case null -> {
                clearDetails();
                runnable.set(false);
            }
            case ScenarioFile.Valid v -> {
                var s = v.scenario();
                name.set(s.name());
                description.set(s.description());
                seed.set(Long.toString(s.seed()));
                clock.set(clockLabel(s.clock()) + (s.clock() == ClockMode.REAL ? ", scenario network server: "
                        + s.networkServer() : ""));
                devices.set(String.format(Locale.ROOT, "%,d", s.deviceCount()));
                gateways.set(String.format(Locale.ROOT, "%,d", v.gatewayCount()));
                duration.set(RunSummary.duration(s.duration()));
                problem.set("");
                runClock.set(s.clock());
                runnable.set(true);
            }
            case ScenarioFile.Invalid i -> {
                clearDetails();
                name.set(i.title());
                problem.set(i.problem());
                runnable.set(false);
            }
        }
    }

    private void clearDetails() {
        name.set("");
        description.set("");
        seed.set("");
        clock.set("");
        devices.set("");
        gateways.set("");
        duration.set("");
        problem.set("");
    }

    static String clockLabel(ClockMode clock) {
        return switch (clock) {
            case VIRTUAL -> "virtual time";
            case REAL -> "real time";
        };
    }

    // ---- runs ----

    /// Starts a run of the selected scenario on [#runClockProperty()]: virtual time against an embedded server of its
    /// own, or real time against the GUI's server (its devices provisioned there first). The run is selected.
    public void run() {
        if (!(selectedFile.get() instanceof ScenarioFile.Valid v)) {
            return;
        }
        int number = ++lastRun;
        ClockMode mode = runClock.get();
        RunControl control = new RunControl();
        controls.put(number, control);
        RunRow row = new RunRow(number, v.scenario().name(), v.path(), mode, RunState.STARTING, Optional.empty(),
                Optional.empty());
        runs.add(row);
        selectRun(row);
        // failures are reported through the adapter, like every other outcome of a run
        tasks.run("Scenario " + v.scenario().name() + " (" + clockLabel(mode) + ")",
                p -> execute(number, v, mode, control, p), nothing -> { }, failure -> { });
    }

    /// The run's task (off the FX thread): expands the scenario, starts it and waits for its end; a cancel from the
    /// status bar stops the run.
    private Void execute(int number, ScenarioFile.Valid file, ClockMode mode, RunControl control, TaskProgress p) {
        try {
            p.message("expanding " + String.format(Locale.ROOT, "%,d", file.scenario().deviceCount()) + " devices");
            Expansion expansion = ScenarioExpansion.expand(file.scenario());
            if (control.stopRequested) {
                throw new CancellationException("stopped");
            }
            p.checkCancelled();
            p.message(mode == ClockMode.REAL ? "provisioning the devices on the server" : "composing the run");
            ScenarioEngine.Run run = engine.start(expansion, mode, r -> {
                p.update(Math.round(r.fraction() * 1000), 1000);
                p.message(statusLine(r));
                updates.offer(new RunUpdate.Progress(number, r));
            });
            control.run = run;
            updates.offer(new RunUpdate.Started(number));
            if (control.stopRequested || p.isCancelled()) {
                run.cancel();
            }
            run.finished().whenComplete((r, x) -> updates.offer(x == null ? new RunUpdate.Ended(number, r)
                    : new RunUpdate.Failed(number, message(x))));
            try {
                run.finished().get();
            } catch (InterruptedException e) {
                run.cancel(); // cancelled from the status bar: the run ends as "stopped"
            } catch (ExecutionException e) {
                // reported by whenComplete
            }
        } catch (CancellationException | InterruptedException e) {
            updates.offer(new RunUpdate.Abandoned(number));
        } catch (Exception e) {
            updates.offer(new RunUpdate.Failed(number, message(e)));
        }
        return null;
    }

    /// Stops the selected run (the frames on the air complete; it then ends as "stopped").
    public void stop() {
        RunRow row = selectedRun.get();
        if (row == null || row.state().ended()) {
            return;
        }
        RunControl control = controls.get(row.number());
        control.stopRequested = true;
        ScenarioEngine.Run run = control.run;
        if (run != null) {
            run.cancel();
        }
        replace(row.withState(RunState.STOPPING));
    }

    /// Shows `row`'s progress or summary.
    public void selectRun(RunRow row) {
        selectedRun.set(row == null ? null : find(row.number()).orElse(row));
        showRun();
    }

    /// Takes a batch of run updates (on the FX thread; the adapter's sink).
    void onUpdates(List<RunUpdate> batch) {
        for (RunUpdate u : batch) {
            Optional<RunRow> found = find(u.run());
            if (found.isEmpty()) {
                continue;
            }
            RunRow row = found.get();
            RunState s = row.state();
            switch (u) {
                case RunUpdate.Started st -> {
                    if (s == RunState.STARTING) {
                        replace(row.withState(RunState.RUNNING));
                    }
                }
                case RunUpdate.Progress pr -> {
                    if (!s.ended()) {
                        replace(row.withReport(s == RunState.STOPPING ? s : RunState.RUNNING, pr.report()));
                    }
                }
                case RunUpdate.Ended en -> {
                    if (!s.ended()) {
                        replace(row.withReport(en.report().state().equals("finished") ? RunState.FINISHED
                                : RunState.STOPPED, en.report()));
                        controls.remove(u.run());
                    }
                }
                case RunUpdate.Abandoned a -> {
                    if (!s.ended()) {
                        replace(new RunRow(row.number(), row.scenario(), row.file(), row.clock(), RunState.STOPPED,
                                row.report(), Optional.of("stopped before it started")));
                        controls.remove(u.run());
                    }
                }
                case RunUpdate.Failed f -> {
                    if (!s.ended()) {
                        replace(row.failed(f.problem()));
                        controls.remove(u.run());
                    }
                }
            }
        }
    }

    private Optional<RunRow> find(int number) {
        return runs.stream().filter(r -> r.number() == number).findFirst();
    }

    private void replace(RunRow row) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).number() == row.number()) {
                runs.set(i, row);
            }
        }
        RunRow selected = selectedRun.get();
        if (selected != null && selected.number() == row.number()) {
            selectedRun.set(row);
            showRun();
        }
    }

    private void showRun() {
        runDetails.show(selectedRun.get());
    }

    /// {@return one line for the status bar}
    static String statusLine(RunReport r) {
        return String.format(Locale.ROOT, "%.0f%%, simulated %s, joins %d/%d, uplinks %d, PER %.3f",
                r.fraction() * 100, RunSummary.clock(r.virtualElapsed()), r.joins(), r.devices(), r.uplinks(),
                r.packetErrorRate());
    }

    /// {@return a user-facing message for `e`}: the innermost message, never a stack trace
    static String message(Throwable e) {
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    /// Stops every run still going and the report pulse (when the window closes).
    @Override
    public void close() {
        for (RunControl c : controls.values()) {
            c.stopRequested = true;
            ScenarioEngine.Run run = c.run;
            if (run != null) {
                run.cancel();
            }
        }
        updates.close();
    }

    // ---- properties ----

    public ObservableList<ScenarioFile> files() {
        return files;
    }

    /// {@return where the samples come from, or why there are none}
    public ReadOnlyStringProperty filesMessageProperty() {
        return filesMessage.getReadOnlyProperty();
    }

    /// {@return the selected file; null when none}
    public ReadOnlyObjectProperty<ScenarioFile> selectedFileProperty() {
        return selectedFile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty seedProperty() {
        return seed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty devicesProperty() {
        return devices.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gatewaysProperty() {
        return gateways.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    /// {@return the parser's message for the selected file}, empty when it parsed
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /// {@return whether the selected file can be run}
    public ReadOnlyBooleanProperty runnableProperty() {
        return runnable.getReadOnlyProperty();
    }

    /// {@return the clock the next run uses}: the scenario's own when selected, changeable
    public ObjectProperty<ClockMode> runClockProperty() {
        return runClock;
    }

    public ObservableList<RunRow> runs() {
        return runs;
    }

    /// {@return the selected run; null when none}
    public ReadOnlyObjectProperty<RunRow> selectedRunProperty() {
        return selectedRun.getReadOnlyProperty();
    }

    /// {@return the selected run's progress, counters and, once it ended, its summary}
    public RunDetailsViewModel runDetails() {
        return runDetails;
    }
}
