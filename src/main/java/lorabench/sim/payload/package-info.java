// SPDX-License-Identifier: Apache-2.0
/// Payload generators for virtual devices: fixed bytes, counters, random bytes, Cayenne LPP sensors, a sandboxed
/// JavaScript function and the replay of a recorded session log. Each generator is a pure description; the state a
/// generator needs between uplinks (a random walk's last value) lives in the device's [lorabench.sim.payload.GeneratorState].
package lorabench.sim.payload;
