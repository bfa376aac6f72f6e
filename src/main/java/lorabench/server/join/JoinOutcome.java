// SPDX-License-Identifier: Apache-2.0
package lorabench.server.join;

import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.server.event.ServerEvent.JoinRejectReason;

/// What became of a join-request or rejoin-request.
public sealed interface JoinOutcome {
    /// A new session with `devAddr`; the join-accept is on its way.
    record Accepted(Eui64 devEui, DevAddr devAddr) implements JoinOutcome {}

    /// Refused for `reason`.
    record Rejected(Eui64 devEui, JoinRejectReason reason, String detail) implements JoinOutcome {}
}
