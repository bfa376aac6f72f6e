// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

/// How a scenario's time passes: `REAL` sends UDP to any network server as time goes by; `VIRTUAL` runs on the
/// discrete-event [lorabench.clock.VirtualTimeScheduler] against the embedded server, as fast as the CPU allows.
public enum ClockMode {
    REAL, VIRTUAL
}
