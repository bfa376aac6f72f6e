// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import java.time.Duration;

/// Listen-before-talk: the channel is free when the RSSI stays below `rssiThresholdDbm` for `scanTime`.
public record Lbt(double rssiThresholdDbm, Duration scanTime) {
}
