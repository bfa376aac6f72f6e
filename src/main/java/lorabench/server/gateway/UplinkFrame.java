// SPDX-License-Identifier: Apache-2.0
package lorabench.server.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import lorabench.lorawan.types.Bytes;
import lorabench.server.event.Reception;

/// One radio frame after de-duplication: its PHYPayload and every gateway's copy, best SNR first (then best
/// RSSI), `receivedAt` being when the first copy arrived.
public record UplinkFrame(Bytes phyPayload, List<Reception> receptions, Instant receivedAt) {
    public UplinkFrame {
        Objects.requireNonNull(phyPayload, "phyPayload");
        Objects.requireNonNull(receivedAt, "receivedAt");
        receptions = List.copyOf(receptions);
        if (receptions.isEmpty()) {
            throw new IllegalArgumentException("a frame has at least one reception");
        }
    }

    /// {@return the copy with the best SNR}, the gateway a class A answer goes through
    public Reception best() {
        return receptions.getFirst();
    }
}
