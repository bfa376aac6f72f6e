// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.control;

import lorabench.sim.run.RunReport;
import lorabench.sim.scenario.Expansion;

/// Starts scenario runs for the [SimulatorService]: the composition root knows the network server the runs reach
/// and provisions their devices there.
@FunctionalInterface
public interface ScenarioLauncher {
    /// Starts `expansion` in the background. {@return the running scenario}
    Run launch(Expansion expansion);

    /// A scenario running in the background.
    interface Run {
        /// {@return what it did so far}
        RunReport report();

        /// Stops it; no new join or uplink starts.
        void cancel();
    }
}
