// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

/// A channel: its centre frequency in Hz and the data-rate range allowed on it (RP002-1.0.4 "Default channels").
public record Channel(long frequencyHz, int minDr, int maxDr) {
    public Channel {
        if (frequencyHz <= 0) {
            throw new IllegalArgumentException("frequency must be positive: " + frequencyHz);
        }
        if (minDr < 0 || maxDr < minDr || maxDr > 15) {
            throw new IllegalArgumentException("bad data-rate range DR" + minDr + "..DR" + maxDr);
        }
    }

    /// {@return whether `dr` may be used on this channel}
    public boolean allows(int dr) {
        return dr >= minDr && dr <= maxDr;
    }
}
