// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

/// The device classes of LoRaWAN L2 1.0.4: A (§3.3, receive windows after uplinks), B (§13, beacon-synchronised
/// ping slots) and C (§16, RX2 open whenever not transmitting).
public enum DeviceClass { A, B, C }
