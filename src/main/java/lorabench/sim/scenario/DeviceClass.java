// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

/// End-device classes (LoRaWAN L2 1.0.4 §2.1).
public enum DeviceClass {
    A, B, C
}
