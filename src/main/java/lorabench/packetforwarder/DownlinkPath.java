// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import lorabench.lorawan.types.Eui64;

/// The network side's way to a gateway: send one PULL_RESP (`PROTOCOL.TXT` §5.4). Implemented by the UDP transport
/// ([UdpGatewayServer]) and the in-memory one ([InMemoryGatewayHub]), so a network server is written once against
/// either; the gateway's TX_ACK comes back through [GatewayListener#onTxAck] with the returned token.
public interface DownlinkPath {

    /// Sends `txpk` to `gateway`; {@return the outcome}, with the token its TX_ACK will carry when sent
    PullRespResult sendPullResp(Eui64 gateway, Txpk txpk);
}
