// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.dashboard;

import java.time.Instant;
import java.util.Objects;

/// The frames of one minute on the server's clock.
///
/// @param minute    the start of the minute
/// @param uplinks   data uplinks and join-requests received in it
/// @param downlinks downlinks the gateways confirmed in it
public record TrafficBucket(Instant minute, long uplinks, long downlinks) {
    public TrafficBucket {
        Objects.requireNonNull(minute, "minute");
        if (minute.getEpochSecond() % 60 != 0 || minute.getNano() != 0) {
            throw new IllegalArgumentException("a bucket starts on a whole minute: " + minute);
        }
        if (uplinks < 0 || downlinks < 0) {
            throw new IllegalArgumentException("frame counts must not be negative");
        }
    }
}
