// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.time.Duration;

/// A snapshot of a running scenario, for a progress bar and a live status line.
///
/// @param fraction how much of the scenario's duration has passed, 0..1
public record ScenarioProgress(double fraction, Duration virtualElapsed, Duration realElapsed, long joinsAttempted,
                               long joinsAccepted, long uplinksSent, long uplinksDelivered, long downlinksReceived) {}
