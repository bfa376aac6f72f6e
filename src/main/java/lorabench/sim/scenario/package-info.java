// SPDX-License-Identifier: Apache-2.0
/// What to simulate: the JSON scenario format ([lorabench.sim.scenario.ScenarioParser]), its expansion into concrete
/// gateways and devices ([lorabench.sim.scenario.ScenarioExpansion]), bulk devices from CSV
/// ([lorabench.sim.scenario.DeviceCsv]) and the progress and summary records a runner fills. See `docs/scenarios.md`.
package lorabench.sim.scenario;
