// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.gateway;

import java.time.Duration;
import java.util.Objects;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.Eui64;
import lorabench.sim.radio.Position;

/// A virtual gateway's settings.
///
/// @param statInterval   how often a `stat` report is pushed; zero sends none
/// @param maxTxPowerDbm  the highest power the radio can emit; a `txpk` asking more is sent at this power with a
///                       `TX_POWER` warning (the SX1302 forwarder's behaviour)
/// @param minLead        how long before its start a timed downlink must arrive, or it is `TOO_LATE` (the Semtech
///                       JIT queue needs the packet a few ms ahead: `TX_START_DELAY` 1.5 ms plus margin)
/// @param maxAdvance     how far ahead a downlink may be scheduled, or it is `TOO_EARLY` (the Semtech JIT queue
///                       accepts up to three beacon periods, 384 s, so that class B ping slots fit)
/// @param beacons        whether the gateway transmits class B beacons itself (as a forwarder with `beacon_period`)
/// @param gpsLocked      whether its GPS is locked: without it a downlink timed in GPS time (`tmms`) is refused
///                       with `GPS_UNLOCKED` and no beacon is sent
public record GatewayConfig(Eui64 eui, Position position, BandId band, Duration statInterval, double maxTxPowerDbm,
        double antennaGainDbi, Duration minLead, Duration maxAdvance, boolean beacons, boolean gpsLocked) {

    public GatewayConfig {
        Objects.requireNonNull(eui, "eui");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(statInterval, "statInterval");
        Objects.requireNonNull(minLead, "minLead");
        Objects.requireNonNull(maxAdvance, "maxAdvance");
    }

    /// {@return a gateway with the usual settings}: stat every 30 s, 27 dBm, 0 dBi, 3 ms lead, 384 s advance,
    /// no beacons, GPS locked
    public static GatewayConfig of(Eui64 eui, Position position, BandId band) {
        return new GatewayConfig(eui, position, band, Duration.ofSeconds(30), 27, 0, Duration.ofMillis(3),
                Duration.ofSeconds(384), false, true);
    }

    public GatewayConfig withBeacons(boolean on) {
        return new GatewayConfig(eui, position, band, statInterval, maxTxPowerDbm, antennaGainDbi, minLead,
                maxAdvance, on, gpsLocked);
    }

    public GatewayConfig withStatInterval(Duration interval) {
        return new GatewayConfig(eui, position, band, interval, maxTxPowerDbm, antennaGainDbi, minLead, maxAdvance,
                beacons, gpsLocked);
    }

    public GatewayConfig withGpsLocked(boolean locked) {
        return new GatewayConfig(eui, position, band, statInterval, maxTxPowerDbm, antennaGainDbi, minLead,
                maxAdvance, beacons, locked);
    }
}
