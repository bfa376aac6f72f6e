// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.scenarios;

import java.nio.file.Path;
import java.util.Objects;
import lorabench.sim.scenario.GatewayTemplate;
import lorabench.sim.scenario.Scenario;

/// A scenario file as the list shows it: parsed, or the reason it could not be.
public sealed interface ScenarioFile {
    Path path();

    /// {@return whether it is one of the samples shipped in `scenarios/` (not opened by the user)}
    boolean sample();

    /// {@return the scenario's name, or the file name when it does not parse}
    String title();

    /// A file the parser accepted.
    record Valid(Path path, boolean sample, Scenario scenario) implements ScenarioFile {
        public Valid {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(scenario, "scenario");
        }

        @Override
        public String title() {
            return scenario.name();
        }

        /// {@return how many gateways the scenario expands to}
        public long gatewayCount() {
            return scenario.gateways().stream().mapToLong(g -> switch (g) {
                case GatewayTemplate.Fixed f -> 1;
                case GatewayTemplate.Generated n -> n.count();
            }).sum();
        }
    }

    /// A file that could not be read or parsed.
    ///
    /// @param problem the parser's `path: reason` (with line and column for malformed JSON), or the I/O error
    record Invalid(Path path, boolean sample, String problem) implements ScenarioFile {
        public Invalid {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public String title() {
            return String.valueOf(path.getFileName());
        }
    }
}
