// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.util.Map;

/// A snapshot of [UdpGatewayServer]'s counters.
///
/// @param datagramsReceived every datagram, valid or not
/// @param pushData PUSH_DATA datagrams decoded
/// @param rxpk packets delivered to [GatewayListener#onRxpk]
/// @param stats status reports delivered
/// @param pullData PULL_DATA datagrams decoded
/// @param txAcks TX_ACK datagrams decoded
/// @param pullRespSent PULL_RESP datagrams sent
/// @param unexpected valid datagrams a server never expects (PUSH_ACK, PULL_ACK, PULL_RESP), ignored
/// @param malformed malformed datagrams per reason (every reason present, zero when none)
/// @param listenerFailures exceptions thrown by the listener
public record ServerCounters(long datagramsReceived, long pushData, long rxpk, long stats, long pullData,
        long txAcks, long pullRespSent, long unexpected, Map<MalformedDatagramException.Reason, Long> malformed,
        long listenerFailures) {

    public ServerCounters {
        malformed = Map.copyOf(malformed);
    }

    /// {@return the malformed datagrams of all reasons}
    public long malformedTotal() {
        return malformed.values().stream().mapToLong(Long::longValue).sum();
    }
}
