// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import lorabench.lorawan.types.DevAddr;

/// The result of [VirtualDevice#join()].
public sealed interface JoinOutcome {
    /// Joined after `attempts` join-requests.
    record Accepted(DevAddr devAddr, int attempts) implements JoinOutcome {}

    /// No valid join-accept after `attempts` join-requests, or no DevNonce left.
    record Failed(int attempts, String reason) implements JoinOutcome {}
}
