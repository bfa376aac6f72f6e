// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import lorabench.lorawan.mac.MacCommand.RxParamSetupAns;
import lorabench.lorawan.mac.MacCommand.RxParamSetupReq;

/// RXParamSetupReq / RXParamSetupAns (LoRaWAN L2 1.0.4 §5.5): new RX1 data-rate offset, RX2 data rate and RX2
/// frequency, applied only when all three ACK bits are set (the device changes nothing otherwise).
final class RxParamSetupHandler {
    Handled apply(MacState s, RxParamSetupReq req, RxParamSetupAns ans) {
        boolean ok = ans.rx1DrOffsetAck() && ans.rx2DataRateAck() && ans.channelAck();
        String what = "RXParamSetupReq RX1DROffset " + req.rx1DrOffset() + " RX2 DR" + req.rx2DataRate() + " "
                + req.frequencyHz() + " Hz ";
        if (!ok) {
            return Handled.silent(s, what + "rejected (" + Handled.ack("RX1DROffset", ans.rx1DrOffsetAck()) + ", "
                    + Handled.ack("RX2 data rate", ans.rx2DataRateAck()) + ", "
                    + Handled.ack("channel", ans.channelAck()) + ")");
        }
        MacStateBuilder b = s.toBuilder();
        b.rx1DrOffset = req.rx1DrOffset();
        b.rx2DataRate = req.rx2DataRate();
        b.rx2FrequencyHz = req.frequencyHz();
        return Handled.silent(b.build(), what + "accepted");
    }
}
