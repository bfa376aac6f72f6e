// SPDX-License-Identifier: Apache-2.0
package lorabench.server.join;

import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.NetId;

/// What the join server tells joining devices (L2 1.0.4 §6.2.5): the NetID, DLSettings (RX1DROffset, RX2 data rate,
/// empty for the band's default), RxDelay (RECEIVE_DELAY1 in seconds) and, for US-like bands, the 8-channel
/// sub-band (1..8) enabled by the CFList channel mask.
public record JoinSettings(NetId netId, int rx1DrOffset, Optional<Integer> rx2DataRate, int rxDelaySeconds,
        int subBand) {
    /// NetID 000000, no RX1 offset, band RX2, RX1 after 1 s, sub-band 2 (channels 8..15 and 65, as TTN and
    /// ChirpStack ship US915).
    public static final JoinSettings DEFAULT = new JoinSettings(new NetId(0), 0, Optional.empty(), 1, 2);

    public JoinSettings {
        Objects.requireNonNull(netId, "netId");
        Objects.requireNonNull(rx2DataRate, "rx2DataRate");
        if (rx1DrOffset < 0 || rx1DrOffset > 7) {
            throw new IllegalArgumentException("RX1DROffset must be 0..7, got " + rx1DrOffset);
        }
        if (rxDelaySeconds < 1 || rxDelaySeconds > 15) {
            throw new IllegalArgumentException("RxDelay must be 1..15 s, got " + rxDelaySeconds);
        }
        if (subBand < 1 || subBand > 8) {
            throw new IllegalArgumentException("sub-band must be 1..8, got " + subBand);
        }
    }

    public JoinSettings withNetId(NetId id) {
        return new JoinSettings(id, rx1DrOffset, rx2DataRate, rxDelaySeconds, subBand);
    }
}
