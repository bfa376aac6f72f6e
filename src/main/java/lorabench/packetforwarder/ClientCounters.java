// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.util.Map;

/// A snapshot of [UdpGatewayClient]'s counters.
///
/// @param pushSent PUSH_DATA datagrams sent
/// @param pushAcked PUSH_ACKs that matched a pending PUSH_DATA
/// @param pullSent PULL_DATA datagrams sent
/// @param pullAcked PULL_ACKs that matched a pending PULL_DATA
/// @param pullResp PULL_RESP datagrams received
/// @param txAckSent TX_ACK datagrams sent
/// @param unmatched acknowledgements whose token matched nothing pending (late, duplicated or foreign)
/// @param malformed malformed datagrams received, per reason
/// @param handlerFailures exceptions thrown by the [DownlinkHandler]
public record ClientCounters(long pushSent, long pushAcked, long pullSent, long pullAcked, long pullResp,
        long txAckSent, long unmatched, Map<MalformedDatagramException.Reason, Long> malformed,
        long handlerFailures) {

    public ClientCounters {
        malformed = Map.copyOf(malformed);
    }
}
