// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

/// Over-the-air activation or activation by personalisation (LoRaWAN L2 1.0.4 §6.2, §6.3).
public enum Activation {
    OTAA, ABP
}
