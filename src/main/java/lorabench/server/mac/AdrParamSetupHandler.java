// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import lorabench.lorawan.mac.MacCommand.AdrParamSetupAns;
import lorabench.lorawan.mac.MacCommand.AdrParamSetupReq;

/// ADRParamSetupReq / ADRParamSetupAns (LoRaWAN L2 1.1 §5.11): ADR_ACK_LIMIT = 2^Limit_exp and
/// ADR_ACK_DELAY = 2^Delay_exp. The answer has no status.
final class AdrParamSetupHandler {
    Handled apply(MacState s, AdrParamSetupReq req, AdrParamSetupAns ans) {
        MacStateBuilder b = s.toBuilder();
        b.adrAckParams = new MacState.AdrAckParams(req.limitExp(), req.delayExp());
        return Handled.silent(b.build(), "ADRParamSetupReq ADR_ACK_LIMIT " + b.adrAckParams.adrAckLimit()
                + ", ADR_ACK_DELAY " + b.adrAckParams.adrAckDelay() + " accepted");
    }
}
