// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.util.HashMap;
import java.util.Map;
import lorabench.lorawan.mac.MacCommand.DlChannelAns;
import lorabench.lorawan.mac.MacCommand.DlChannelReq;

/// DlChannelReq / DlChannelAns (LoRaWAN L2 1.0.4 §5.10): moves the RX1 frequency of uplink channel ChIndex. Applied
/// only when the uplink channel exists and the frequency is usable.
final class DlChannelHandler {
    Handled apply(MacState s, DlChannelReq req, DlChannelAns ans) {
        boolean ok = ans.uplinkFrequencyExists() && ans.channelFrequencyOk();
        String what = "DlChannelReq channel " + req.chIndex() + " RX1 " + req.frequencyHz() + " Hz ";
        if (!ok) {
            return Handled.silent(s, what + "rejected (" + Handled.ack("uplink channel", ans.uplinkFrequencyExists())
                    + ", " + Handled.ack("frequency", ans.channelFrequencyOk()) + ")");
        }
        Map<Integer, Long> dl = new HashMap<>(s.downlinkFrequencies());
        dl.put(req.chIndex(), req.frequencyHz());
        MacStateBuilder b = s.toBuilder();
        b.downlinkFrequencies = dl;
        return Handled.silent(b.build(), what + "accepted");
    }
}
