// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import lorabench.lorawan.mac.MacCommand.TxParamSetupAns;
import lorabench.lorawan.mac.MacCommand.TxParamSetupReq;

/// TxParamSetupReq / TxParamSetupAns (LoRaWAN L2 1.0.4 §5.9): dwell-time limits and MaxEIRP, for the regions whose
/// regulation needs them (AS923, AU915...). A device that cannot apply them does not answer, so an answer means
/// accepted.
final class TxParamSetupHandler {
    Handled apply(MacState s, TxParamSetupReq req, TxParamSetupAns ans) {
        MacStateBuilder b = s.toBuilder();
        b.txParams = new MacState.TxParams(req.downlinkDwellTime(), req.uplinkDwellTime(), req.maxEirpIndex());
        return Handled.silent(b.build(), "TxParamSetupReq uplink dwell time " + req.uplinkDwellTime()
                + ", downlink dwell time " + req.downlinkDwellTime() + ", MaxEIRP index " + req.maxEirpIndex()
                + " accepted");
    }
}
