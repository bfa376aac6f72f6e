// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.scenarios;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import lorabench.sim.run.RunReport;
import lorabench.sim.scenario.ClockMode;

/// One run in the Scenarios screen's runs table (immutable: an update replaces the row).
///
/// @param number   1, 2, ... in the order the runs were started
/// @param report   the latest progress report, or the closing one once the run ended; empty until the first
/// @param problem  why the run failed
public record RunRow(int number, String scenario, Path file, ClockMode clock, RunState state,
        Optional<RunReport> report, Optional<String> problem) {
    public RunRow {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(problem, "problem");
    }

    RunRow withState(RunState s) {
        return new RunRow(number, scenario, file, clock, s, report, problem);
    }

    RunRow withReport(RunState s, RunReport r) {
        return new RunRow(number, scenario, file, clock, s, Optional.of(r), problem);
    }

    RunRow failed(String why) {
        return new RunRow(number, scenario, file, clock, RunState.FAILED, report, Optional.of(why));
    }

    /// {@return how far the run is, 0..1} (1 once finished)
    public double fraction() {
        return state == RunState.FINISHED ? 1 : report.map(RunReport::fraction).orElse(0.0);
    }
}
