// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import lorabench.lorawan.band.Band;

/// ADR back-off (LoRaWAN L2 1.0.4 §4.3.1.1): ADR_ACK_CNT counts uplinks since the last downlink. From
/// ADR_ACK_CNT >= ADR_ACK_LIMIT the uplinks carry ADRACKReq; when ADR_ACK_DELAY more pass without a downlink, the
/// device first restores its maximum TX power, then steps the data rate down one step every ADR_ACK_DELAY uplinks,
/// and at the lowest rate re-enables the default channels.
final class AdrBackoff {
    private AdrBackoff() {
    }

    /// Called before a new uplink (not a repetition); {@return whether it carries ADRACKReq}
    static boolean beforeUplink(MacSession s, Band band, boolean adr) {
        if (!adr) {
            return false;
        }
        int cnt = s.adrAckCnt;
        s.adrAckCnt = cnt + 1;
        if (cnt < s.adrAckLimit) {
            return false;
        }
        int past = cnt - s.adrAckLimit;
        if (past > 0 && past % s.adrAckDelay == 0) {
            step(s, band);
        }
        return true;
    }

    /// A downlink was received: the network is reachable.
    static void onDownlink(MacSession s) {
        s.adrAckCnt = 0;
    }

    private static void step(MacSession s, Band band) {
        int minDr = band.uplinkDrs().min();
        if (s.txPowerIndex != 0) {
            s.txPowerIndex = 0;
        } else if (s.dataRate > minDr) {
            s.dataRate--;
        } else {
            for (int i = 0; i < band.defaultChannels().size() && i < s.channels.size(); i++) {
                var c = s.channels.get(i);
                s.channels.set(i, new DeviceState.ChannelState(c.frequencyHz(), c.minDr(), c.maxDr(),
                        c.downlinkFrequencyHz(), true));
            }
        }
    }
}
