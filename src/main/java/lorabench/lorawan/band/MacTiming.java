// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import java.time.Duration;

/// Default receive delays and link counters (RP002-1.0.4 "Default settings", common to every band):
/// RECEIVE_DELAY1 1 s, RECEIVE_DELAY2 2 s, JOIN_ACCEPT_DELAY1 5 s, JOIN_ACCEPT_DELAY2 6 s, MAX_FCNT_GAP 16384,
/// ADR_ACK_LIMIT 64, ADR_ACK_DELAY 32, RETRANSMIT_TIMEOUT 2 s ± 1 s.
public record MacTiming(Duration receiveDelay1, Duration receiveDelay2, Duration joinAcceptDelay1,
                        Duration joinAcceptDelay2, int maxFCntGap, int adrAckLimit, int adrAckDelay,
                        Duration retransmitTimeoutMin, Duration retransmitTimeoutMax) {
    /// The defaults of RP002-1.0.4 shared by all regions.
    public static final MacTiming DEFAULT = new MacTiming(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(5), Duration.ofSeconds(6), 16384, 64, 32, Duration.ofSeconds(1), Duration.ofSeconds(3));
}
