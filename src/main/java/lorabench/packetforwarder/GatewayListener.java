// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;

/// Receives what [UdpGatewayServer] decodes. Calls come from the server's receive thread, one at a time and in
/// arrival order, after the datagram was acknowledged; an implementation should hand heavy work to another
/// thread. An exception thrown here is logged and counted, and never stops the server.
///
/// Every method has an empty default, so a listener implements only what it needs.
public interface GatewayListener {

    /// A received packet; a PUSH_DATA with several `rxpk` calls this once per packet, in order.
    default void onRxpk(Eui64 gateway, Rxpk rxpk, Instant receivedAt) {}

    /// A gateway status report.
    default void onStat(Eui64 gateway, Stat stat, Instant receivedAt) {}

    /// The gateway's answer to a PULL_RESP: `token` is the one [UdpGatewayServer#sendPullResp] returned, and an
    /// empty `error` means the gateway sent no JSON body, i.e. no error.
    default void onTxAck(Eui64 gateway, int token, Optional<TxAckError> error, Instant receivedAt) {}

    /// The first PULL_DATA of a gateway, or one from a new address: the downlink path is (re)opened.
    default void onGatewayConnected(Eui64 gateway, InetSocketAddress pullAddress, Instant at) {}

    /// A datagram that could not be decoded.
    default void onMalformed(InetSocketAddress from, MalformedDatagramException.Reason reason, String detail) {}
}
