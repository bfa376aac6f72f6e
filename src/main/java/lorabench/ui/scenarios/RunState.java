// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.scenarios;

import java.util.Locale;

/// Where a run of the Scenarios screen is.
public enum RunState {
    /// Expanding the scenario and composing the run (stores, provisioning).
    STARTING,
    RUNNING,
    /// Stop was pressed; the frames on the air complete.
    STOPPING,
    FINISHED,
    STOPPED,
    FAILED;

    /// {@return whether the run has ended}
    public boolean ended() {
        return this == FINISHED || this == STOPPED || this == FAILED;
    }

    /// {@return the lower-case label shown in the runs table}
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
