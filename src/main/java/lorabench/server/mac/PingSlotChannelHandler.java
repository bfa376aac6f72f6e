// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import lorabench.lorawan.mac.MacCommand.PingSlotChannelAns;
import lorabench.lorawan.mac.MacCommand.PingSlotChannelReq;

/// PingSlotChannelReq / PingSlotChannelAns (LoRaWAN L2 1.0.4 §13.2): the class B ping-slot frequency (0 = the band's
/// default hopping) and data rate, applied only when both are accepted.
final class PingSlotChannelHandler {
    Handled apply(MacState s, PingSlotChannelReq req, PingSlotChannelAns ans) {
        boolean ok = ans.dataRateOk() && ans.channelFrequencyOk();
        String what = "PingSlotChannelReq " + req.frequencyHz() + " Hz DR" + req.dataRate() + " ";
        if (!ok) {
            return Handled.silent(s, what + "rejected (" + Handled.ack("data rate", ans.dataRateOk()) + ", "
                    + Handled.ack("frequency", ans.channelFrequencyOk()) + ")");
        }
        MacStateBuilder b = s.toBuilder();
        MacState.ClassBParams c = s.classB();
        b.classB = new MacState.ClassBParams(c.pingSlotPeriodicity(), req.frequencyHz(), req.dataRate(),
                c.beaconFrequencyHz());
        return Handled.silent(b.build(), what + "accepted");
    }
}
