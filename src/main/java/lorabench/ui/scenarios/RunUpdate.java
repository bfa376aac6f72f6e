// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.scenarios;

import java.util.Objects;
import lorabench.sim.run.RunReport;

/// What a run's thread tells the Scenarios screen (through its FX event adapter).
sealed interface RunUpdate {
    int run();

    /// The run is composed and sending.
    record Started(int run) implements RunUpdate {}

    /// A progress report (without per-device airtime).
    record Progress(int run, RunReport report) implements RunUpdate {
        public Progress {
            Objects.requireNonNull(report, "report");
        }
    }

    /// The run ended (finished or stopped) with its closing report.
    record Ended(int run, RunReport report) implements RunUpdate {
        public Ended {
            Objects.requireNonNull(report, "report");
        }
    }

    /// Stop (or the status bar's cancel) came before the run was composed.
    record Abandoned(int run) implements RunUpdate {}

    /// The run could not start, or died.
    record Failed(int run, String problem) implements RunUpdate {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
