// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import lorabench.lorawan.mac.MacCommand.RejoinParamSetupAns;
import lorabench.lorawan.mac.MacCommand.RejoinParamSetupReq;

/// RejoinParamSetupReq / RejoinParamSetupAns (LoRaWAN L2 1.1 §5.14): periodic type 0 rejoin-requests every
/// 2^(MaxCountN+4) uplinks, and every 2^(MaxTimeN+10) s when the device can measure time. The count limit always
/// applies; TimeOK says whether the time limit does.
final class RejoinParamSetupHandler {
    Handled apply(MacState s, RejoinParamSetupReq req, RejoinParamSetupAns ans) {
        MacStateBuilder b = s.toBuilder();
        b.rejoinParams = new MacState.RejoinParams(req.maxTimeN(), req.maxCountN(), ans.timeOk());
        return Handled.silent(b.build(), "RejoinParamSetupReq every " + (1 << (req.maxCountN() + 4))
                + " uplinks accepted" + (ans.timeOk() ? ", every " + (1L << (req.maxTimeN() + 10)) + " s accepted"
                : ", time limit not supported"));
    }
}
