// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.scenarios;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import lorabench.sim.run.RunReport;
import lorabench.sim.scenario.ClockMode;
import lorabench.sim.scenario.Expansion;

/// What the Scenarios screen needs to run a scenario (the port; `app.GuiScenarioEngine` is the adapter): virtual
/// time against an embedded server of the run's own, or real time against the GUI's server with the scenario's
/// devices provisioned in its store first.
public interface ScenarioEngine {
    /// Composes and starts a run of `expansion` on `clock`. Blocks while it prepares (stores, provisioning): call it
    /// off the FX thread. `progress` receives reports (without per-device airtime) on the run's own thread.
    ///
    /// @throws Exception when the run cannot be composed (the message is shown to the user)
    Run start(Expansion expansion, ClockMode clock, Consumer<RunReport> progress) throws Exception;

    /// A started run.
    interface Run {
        /// Stops sending (the frames on the air complete); [#finished()] then completes with state `stopped`.
        void cancel();

        /// {@return the closing report (per-device airtime included)}, or the failure that ended the run
        CompletableFuture<RunReport> finished();
    }
}
