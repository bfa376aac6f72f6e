// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import java.time.Instant;
import lorabench.lorawan.mac.MacCommand.DevStatusAns;
import lorabench.lorawan.mac.MacCommand.DevStatusReq;

/// DevStatusReq / DevStatusAns (LoRaWAN L2 1.0.4 §5.6): the device reports its battery level and the SNR margin
/// of the downlink that carried the request; stored as [MacState#lastDevStatus()].
final class DevStatusHandler {
    Handled apply(MacState s, DevStatusReq req, DevStatusAns ans, Instant at) {
        MacStateBuilder b = s.toBuilder();
        b.lastDevStatus = new MacState.DevStatus(ans.battery(), ans.margin(), at);
        String battery = switch (ans.battery()) {
            case 0 -> "external power";
            case 255 -> "battery level unknown";
            default -> "battery " + ans.battery() + "/254";
        };
        return Handled.silent(b.build(), "DevStatusAns: " + battery + ", margin " + ans.margin() + " dB");
    }
}
