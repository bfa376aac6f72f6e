// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import lorabench.lorawan.mac.MacCommand.RxTimingSetupAns;
import lorabench.lorawan.mac.MacCommand.RxTimingSetupReq;

/// RXTimingSetupReq / RXTimingSetupAns (LoRaWAN L2 1.0.4 §5.8): the delay of RX1 (Del 0 and 1 both mean 1 s). The
/// answer has no status: receiving it means the device applied the delay.
final class RxTimingSetupHandler {
    Handled apply(MacState s, RxTimingSetupReq req, RxTimingSetupAns ans) {
        MacStateBuilder b = s.toBuilder();
        b.rxDelaySeconds = Math.max(1, req.delay());
        return Handled.silent(b.build(), "RXTimingSetupReq RX1 delay " + b.rxDelaySeconds + " s accepted");
    }
}
