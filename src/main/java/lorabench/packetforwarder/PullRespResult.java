// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.net.InetSocketAddress;
import lorabench.lorawan.types.Eui64;

/// The outcome of [UdpGatewayServer#sendPullResp]. Not being able to send is an expected outcome, so it is a
/// value, not an exception.
public sealed interface PullRespResult {

    /// The PULL_RESP left with `token`; the gateway's TX_ACK will carry the same token.
    record Sent(int token, InetSocketAddress to) implements PullRespResult {}

    /// The gateway has sent no PULL_DATA yet, so there is no downlink path to it.
    record NoPullAddress(Eui64 gateway) implements PullRespResult {}

    /// The socket refused the datagram (for example because the server is closed).
    record SendFailed(Eui64 gateway, String reason) implements PullRespResult {}
}
