// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import lorabench.lorawan.mac.MacCommand.ForceRejoinReq;

/// ForceRejoinReq (LoRaWAN L2 1.1 §5.13): asks a 1.1 device for a rejoin-request of type 0 (RejoinType 0 or 1) or
/// type 2, at most Max_Retries + 1 times, 32 s × 2^Period + rand(0..32) s apart, at data rate DR. It has no MAC
/// answer (the device answers with a rejoin-request frame), so it is sent once.
final class ForceRejoinHandler {
    /// @throws IllegalArgumentException for an RFU RejoinType (3..7)
    static ForceRejoinReq check(ForceRejoinReq req) {
        if (req.rejoinType() > 2) {
            throw new IllegalArgumentException("ForceRejoinReq RejoinType " + req.rejoinType() + " is RFU");
        }
        return req;
    }

    static String describe(ForceRejoinReq req) {
        return "ForceRejoinReq sent: rejoin-request type " + (req.rejoinType() == 2 ? 2 : 0) + " at DR"
                + req.dataRate() + ", up to " + (req.maxRetries() + 1) + " time(s), every " + (32 << req.period())
                + " s + up to 32 s";
    }
}
