// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.util.Optional;

/// The result of [VirtualDevice#sendUplink], known after its last receive window.
///
/// @param fCnt          the frame counter of the uplink
/// @param downlink      the downlink received in RX1 or RX2, if any
/// @param acked         for a confirmed uplink, whether the network acknowledged it
/// @param transmissions how many times the frame was sent (NbTrans repetitions, confirmed retransmissions)
public record UplinkResult(long fCnt, Optional<ReceivedDownlink> downlink, boolean acked, int transmissions) {
}
