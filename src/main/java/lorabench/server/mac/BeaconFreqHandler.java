// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import lorabench.lorawan.mac.MacCommand.BeaconFreqAns;
import lorabench.lorawan.mac.MacCommand.BeaconFreqReq;

/// BeaconFreqReq / BeaconFreqAns (LoRaWAN L2 1.0.4 §13.4): the class B beacon frequency (0 = the band's default).
final class BeaconFreqHandler {
    Handled apply(MacState s, BeaconFreqReq req, BeaconFreqAns ans) {
        String what = "BeaconFreqReq " + (req.frequencyHz() == 0 ? "default frequency" : req.frequencyHz() + " Hz");
        if (!ans.beaconFrequencyOk()) {
            return Handled.silent(s, what + " rejected (frequency NACK)");
        }
        MacStateBuilder b = s.toBuilder();
        MacState.ClassBParams c = s.classB();
        b.classB = new MacState.ClassBParams(c.pingSlotPeriodicity(), c.pingSlotFrequencyHz(), c.pingSlotDataRate(),
                req.frequencyHz());
        return Handled.silent(b.build(), what + " accepted");
    }
}
