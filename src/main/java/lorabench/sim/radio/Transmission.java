// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.radio;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import lorabench.lorawan.band.DataRate;
import lorabench.lorawan.types.Bytes;

/// One packet on the air.
///
/// @param sequence    the medium's running number of the transmission, the key of its per-packet randomness
/// @param sender      the transmitting node
/// @param position    where it was sent from
/// @param txPowerDbm  radiated power (EIRP) in dBm
/// @param phyPayload  the PHYPayload bytes
/// @param start       when the preamble starts
/// @param airtime     time on air ([lorabench.lorawan.airtime.Airtime])
public record Transmission(long sequence, NodeId sender, TransmissionKind kind, Position position, long frequencyHz,
        DataRate.LoRa dataRate, double txPowerDbm, Bytes phyPayload, Instant start, Duration airtime) {

    public Transmission {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(dataRate, "dataRate");
        Objects.requireNonNull(phyPayload, "phyPayload");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(airtime, "airtime");
    }

    /// {@return when the last symbol ends}
    public Instant end() {
        return start.plus(airtime);
    }

    /// {@return whether the two are on the air at the same time on the same channel and spreading factor}
    public boolean collidesWith(Transmission o) {
        return o.sequence != sequence && o.frequencyHz == frequencyHz
                && o.dataRate.spreadingFactor() == dataRate.spreadingFactor()
                && o.dataRate.bandwidth() == dataRate.bandwidth() && kind.interferesWith(o.kind)
                && o.start.isBefore(end()) && start.isBefore(o.end());
    }
}
