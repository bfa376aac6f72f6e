// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import lorabench.lorawan.mac.MacCommand.DutyCycleAns;
import lorabench.lorawan.mac.MacCommand.DutyCycleReq;

/// DutyCycleReq / DutyCycleAns (LoRaWAN L2 1.0.4 §5.4): the aggregated duty cycle is limited to 1 / 2^MaxDCycle.
/// The answer carries no status: receiving it means the device applied the limit.
final class DutyCycleHandler {
    Handled apply(MacState s, DutyCycleReq req, DutyCycleAns ans) {
        MacStateBuilder b = s.toBuilder();
        b.maxDutyCycle = req.maxDutyCycle();
        return Handled.silent(b.build(), "DutyCycleReq MaxDCycle " + req.maxDutyCycle() + " (1/"
                + (1 << req.maxDutyCycle()) + ") accepted");
    }
}
