// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.dashboard;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;

/// One line of the Dashboard's recent events: a [lorabench.server.event.ServerEvent] reduced to what the list
/// shows and the traffic chart counts ([DashboardEvents#of]).
///
/// @param at     when it happened, on the server's clock
/// @param kind   what happened
/// @param device the device concerned; empty for gateway events and frames of unknown devices
/// @param text   a short description ("FCnt 3, FPort 2, 4 bytes, DR5, 1 gateway, -71 dBm")
public record DashboardEvent(Instant at, Kind kind, Optional<Eui64> device, String text) {
    public DashboardEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(text, "text");
    }

    /// Which way a frame went, for the traffic chart; `NONE` for events that are not a frame on air.
    public enum Traffic { UPLINK, DOWNLINK, NONE }

    /// The kinds of event the Dashboard lists, with their label and how the traffic chart counts them: a data
    /// uplink or a join-request (accepted or refused) is an uplink, a downlink confirmed by its gateway (TX_ACK,
    /// join-accepts included) a downlink.
    public enum Kind {
        UPLINK("Uplink", Traffic.UPLINK),
        JOIN_ACCEPTED("Join accepted", Traffic.UPLINK),
        JOIN_REJECTED("Join rejected", Traffic.UPLINK),
        DOWNLINK("Downlink sent", Traffic.DOWNLINK),
        DOWNLINK_STATUS("Downlink status", Traffic.NONE),
        GATEWAY_CONNECTED("Gateway connected", Traffic.NONE),
        MAC_COMMAND("MAC command", Traffic.NONE),
        FRAME_REJECTED("Frame rejected", Traffic.NONE);

        private final String label;
        private final Traffic traffic;

        Kind(String label, Traffic traffic) {
            this.label = label;
            this.traffic = traffic;
        }

        /// {@return the text of the Kind column}
        public String label() {
            return label;
        }

        /// {@return how the traffic chart counts this kind}
        public Traffic traffic() {
            return traffic;
        }

        /// {@return whether the kind reports a failure} (the list marks these rows)
        public boolean problem() {
            return this == JOIN_REJECTED || this == FRAME_REJECTED;
        }
    }
}
