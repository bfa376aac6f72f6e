// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.time.Instant;
import java.util.Optional;

/// Decides what a gateway does with a PULL_RESP, for [UdpGatewayClient]: it receives the `txpk` and chooses the
/// TX_ACK answer, so a simulated gateway can report `TOO_LATE`, `COLLISION_PACKET` and the like.
///
/// Called on the client's receive thread. An exception thrown here is logged and counted, and no TX_ACK is sent.
@FunctionalInterface
public interface DownlinkHandler {

    /// {@return the TX_ACK error to send}; empty sends a TX_ACK without JSON body, which is how the Semtech
    /// forwarder says "no error" (`PROTOCOL.TXT` §5.5)
    Optional<TxAckError> onPullResp(int token, Txpk txpk, Instant receivedAt);

    /// {@return a handler that accepts every packet and does nothing with it}
    static DownlinkHandler acceptAll() {
        return (token, txpk, at) -> Optional.empty();
    }
}
