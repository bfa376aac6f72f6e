// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.scenarios;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lorabench.sim.run.RunReport;

/// The Scenarios screen's selected run: its progress and counters while it goes, the closing summary of `sim run`
/// and the airtime per device once it ended. [ScenariosViewModel] feeds it on the FX thread.
public final class RunDetailsViewModel {
    private final ReadOnlyStringWrapper runTitle = new ReadOnlyStringWrapper(this, "runTitle", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper(this, "elapsed", "");
    private final ReadOnlyStringWrapper joins = new ReadOnlyStringWrapper(this, "joins", "");
    private final ReadOnlyStringWrapper uplinks = new ReadOnlyStringWrapper(this, "uplinks", "");
    private final ReadOnlyStringWrapper downlinks = new ReadOnlyStringWrapper(this, "downlinks", "");
    private final ReadOnlyStringWrapper per = new ReadOnlyStringWrapper(this, "per", "");
    private final ReadOnlyStringWrapper runProblem = new ReadOnlyStringWrapper(this, "runProblem", "");
    private final ReadOnlyBooleanWrapper stoppable = new ReadOnlyBooleanWrapper(this, "stoppable");
    private final ObservableList<SummaryLine> summary = FXCollections.observableArrayList();
    private final ObservableList<RunSummary.Airtime> airtime = FXCollections.observableArrayList();

    RunDetailsViewModel() {}

    /// Shows `row` (null: nothing).
    void show(RunRow row) {
        if (row == null) {
            runTitle.set("");
            progress.set(0);
            elapsed.set("");
            joins.set("");
            uplinks.set("");
            downlinks.set("");
            per.set("");
            runProblem.set("");
            stoppable.set(false);
            summary.clear();
            airtime.clear();
            return;
        }
        runTitle.set("Run " + row.number() + ": " + row.scenario() + " ("
                + ScenariosViewModel.clockLabel(row.clock()) + "), " + row.state().label());
        progress.set(row.state() == RunState.STARTING ? -1 : row.fraction());
        stoppable.set(!row.state().ended() && row.state() != RunState.STOPPING);
        runProblem.set(row.problem().orElse(""));
        Optional<RunReport> report = row.report();
        elapsed.set(report.map(r -> "simulated " + RunSummary.clock(r.virtualElapsed()) + ", real "
                + RunSummary.clock(r.realElapsed())).orElse(row.state() == RunState.STARTING ? "starting\u2026" : ""));
        joins.set(report.map(r -> r.joins() + " of " + r.devices() + " devices (" + r.joinRequests()
                + " join-requests)").orElse(""));
        uplinks.set(report.map(r -> r.uplinks() + " (" + r.transmissions() + " transmissions, "
                + r.uplinksDelivered() + " delivered)").orElse(""));
        downlinks.set(report.map(r -> r.downlinks() + " received, " + r.downlinksSent() + " sent, "
                + r.downlinksRefused() + " refused").orElse(""));
        per.set(report.map(r -> RunSummary.per(r.packetErrorRate())).orElse(""));
        if (row.state().ended() && report.isPresent()) {
            summary.setAll(RunSummary.lines(report.get()));
            airtime.setAll(RunSummary.airtime(report.get()));
        } else {
            summary.clear();
            airtime.clear();
        }
    }

    public ReadOnlyStringProperty runTitleProperty() {
        return runTitle.getReadOnlyProperty();
    }

    /// {@return the selected run's progress, 0..1, or -1 (indeterminate) while it starts}
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty joinsProperty() {
        return joins.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty uplinksProperty() {
        return uplinks.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty downlinksProperty() {
        return downlinks.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty perProperty() {
        return per.getReadOnlyProperty();
    }

    /// {@return why the selected run failed}, empty otherwise
    public ReadOnlyStringProperty runProblemProperty() {
        return runProblem.getReadOnlyProperty();
    }

    /// {@return whether Stop applies to the selected run}
    public ReadOnlyBooleanProperty stoppableProperty() {
        return stoppable.getReadOnlyProperty();
    }

    /// {@return the selected run's closing summary}, empty until it ends
    public ObservableList<SummaryLine> summary() {
        return summary;
    }

    /// {@return the selected run's airtime per device}, empty until it ends
    public ObservableList<RunSummary.Airtime> airtime() {
        return airtime;
    }
}
