// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;
import lorabench.store.GatewayStats;
import lorabench.store.Position;

/// One line of the Gateways table.
///
/// @param virtual      a gateway of the in-process simulator (else a real one, or one that talked to this server
///                     in an earlier run)
/// @param connected    its downlink path is open (PULL_DATA in this run) and it was heard within
///                     [GatewayRows#ONLINE_WINDOW]
/// @param stats        the totals of its `stat` reports, as stored (PROTOCOL.TXT §4)
/// @param devicesHeard how many devices it forwarded an uplink of, among the links known to the screen
/// @param lastRssi     the RSSI of the last uplink it forwarded, in dBm
/// @param lastSnr      the SNR of that uplink, in dB
/// @param refused      PULL_RESPs a virtual gateway refused with a TX_ACK error (0 for others)
public record GatewayRow(Eui64 eui, String name, boolean virtual, boolean connected, Optional<Instant> lastSeen,
        Optional<Position> position, GatewayStats stats, int devicesHeard, Optional<Double> lastRssi,
        Optional<Double> lastSnr, Optional<Instant> lastUplink, long refused) {
    public GatewayRow {
        Objects.requireNonNull(eui, "eui");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(lastRssi, "lastRssi");
        Objects.requireNonNull(lastSnr, "lastSnr");
        Objects.requireNonNull(lastUplink, "lastUplink");
    }

    /// {@return "virtual" or "real"}
    public String kind() {
        return virtual ? "virtual" : "real";
    }

    /// {@return "connected" or "offline"}
    public String state() {
        return connected ? "connected" : "offline";
    }
}
