// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import lorabench.lorawan.mac.MacCommand.PingSlotInfoAns;
import lorabench.lorawan.mac.MacCommand.PingSlotInfoReq;

/// PingSlotInfoReq → PingSlotInfoAns (LoRaWAN L2 1.0.4 §13.1): the class B device announces its ping-slot
/// periodicity (2^(7 − periodicity) ping slots per 128 s beacon period); the network stores it.
final class PingSlotInfoHandler {
    Handled handle(MacUplink up, MacState s, PingSlotInfoReq req) {
        MacStateBuilder b = s.toBuilder();
        MacState.ClassBParams c = s.classB();
        b.classB = new MacState.ClassBParams(req.periodicity(), c.pingSlotFrequencyHz(), c.pingSlotDataRate(),
                c.beaconFrequencyHz());
        MacState next = b.build();
        return Handled.reply(next, new PingSlotInfoAns(), "PingSlotInfoReq: periodicity " + req.periodicity()
                + " (" + next.classB().pingSlotsPerBeacon() + " ping slots per beacon period), acknowledged");
    }
}
