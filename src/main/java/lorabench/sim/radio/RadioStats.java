// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.radio;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/// What the [RadioMedium] saw: transmissions by kind, and per (transmission, listening receiver) pair whether it was
/// delivered, below sensitivity or lost in a collision; `uplinksDelivered` counts uplinks delivered to at least one
/// receiver.
public record RadioStats(Map<TransmissionKind, Long> transmissions, Map<TransmissionKind, Duration> airtime,
        long delivered, long belowSensitivity, long collided, long uplinksDelivered) {

    public RadioStats {
        transmissions = Map.copyOf(transmissions);
        airtime = Map.copyOf(airtime);
    }

    static final class Counters {
        private final Map<TransmissionKind, Long> transmissions = new EnumMap<>(TransmissionKind.class);
        private final Map<TransmissionKind, Duration> airtime = new EnumMap<>(TransmissionKind.class);
        long delivered;
        long belowSensitivity;
        long collided;
        long uplinksDelivered;

        void transmitted(Transmission t) {
            transmissions.merge(t.kind(), 1L, Long::sum);
            airtime.merge(t.kind(), t.airtime(), Duration::plus);
        }

        RadioStats snapshot() {
            return new RadioStats(transmissions, airtime, delivered, belowSensitivity, collided, uplinksDelivered);
        }
    }
}
