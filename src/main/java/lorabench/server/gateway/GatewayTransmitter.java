// SPDX-License-Identifier: Apache-2.0
package lorabench.server.gateway;

import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.PullRespResult;
import lorabench.packetforwarder.Txpk;

/// The downlink path to gateways, whatever carries it: `UdpGatewayServer::sendPullResp` for real UDP, an in-memory
/// hub for the simulator on virtual time. The gateway's answer arrives later through
/// [GatewayBridge#onTxAck] with the token of the [PullRespResult.Sent] result.
@FunctionalInterface
public interface GatewayTransmitter {
    PullRespResult send(Eui64 gateway, Txpk txpk);
}
