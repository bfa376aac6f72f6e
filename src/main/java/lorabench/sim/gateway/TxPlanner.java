// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import lorabench.lorawan.airtime.Airtime;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.band.Bandwidth;
import lorabench.lorawan.band.DataRate;
import lorabench.lorawan.types.Direction;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.TxAckError;
import lorabench.packetforwarder.TxAckError.Code;
import lorabench.packetforwarder.Txpk;
import lorabench.sim.classb.Beacon;
import lorabench.sim.classb.GpsTime;

/// The gateway's just-in-time queue: decides the TX_ACK answer to a `txpk` (`PROTOCOL.TXT` §6) and remembers what
/// is programmed. Checks in order: modulation (FSK is not emitted: unknown code `TX_MODULATION`), frequency inside
/// the band (`TX_FREQ`), a time to send at (`TOO_LATE` when `tmst` is less than the minimum lead ahead or absent),
/// not too far ahead (`TOO_EARLY`), no overlap with a programmed packet (`COLLISION_PACKET`) or a beacon
/// (`COLLISION_BEACON`), power (`TX_POWER` warning, sent at the maximum). A `tmms` (GPS time) needs a locked GPS
/// (`GPS_UNLOCKED`).
final class TxPlanner {
    /// A packet programmed for emission.
    record Planned(Instant start, Instant end, DataRate.LoRa dataRate, double powerDbm, Txpk txpk) {}

    /// The answer: the TX_ACK error (empty for none) and the packet to emit, if accepted.
    record Decision(java.util.Optional<TxAckError> error, java.util.Optional<Planned> planned) {}

    private final GatewayConfig config;
    private final Band band;
    private final ConcentratorClock clock;
    private final List<Planned> queue = new ArrayList<>();

    TxPlanner(GatewayConfig config, Band band, ConcentratorClock clock) {
        this.config = config;
        this.band = band;
        this.clock = clock;
    }

    Decision decide(Txpk txpk, Instant now) {
        queue.removeIf(p -> p.end().isBefore(now));
        if (!(txpk.datr() instanceof Datr.LoRa(int sf, int bwKhz))) {
            return reject(TxAckError.parse("TX_MODULATION"));
        }
        DataRate.LoRa dr = new DataRate.LoRa(sf, Bandwidth.ofKhz(bwKhz));
        if (band.subBandFor(txpk.frequency()).isEmpty()) {
            return reject(TxAckError.of(Code.TX_FREQ));
        }
        Instant start;
        if (txpk.imme()) {
            start = now;
        } else if (txpk.tmst().isPresent()) {
            start = now.plus(Duration.ofNanos(clock.microsUntil(txpk.tmst().getAsLong(), now) * 1000));
        } else if (txpk.tmms().isPresent()) {
            if (!config.gpsLocked()) {
                return reject(TxAckError.of(Code.GPS_UNLOCKED));
            }
            start = GpsTime.toInstant(Duration.ofMillis(txpk.tmms().getAsLong()));
        } else {
            return reject(TxAckError.of(Code.TOO_LATE));
        }
        if (!txpk.imme() && start.isBefore(now.plus(config.minLead()))) {
            return reject(TxAckError.of(Code.TOO_LATE));
        }
        if (Duration.between(now, start).compareTo(config.maxAdvance()) > 0) {
            return reject(TxAckError.of(Code.TOO_EARLY));
        }
        Instant end = start.plus(Airtime.of(dr, txpk.size(), Direction.DOWNLINK));
        for (Planned p : queue) {
            if (p.start().isBefore(end) && start.isBefore(p.end())) {
                return reject(TxAckError.of(Code.COLLISION_PACKET));
            }
        }
        if (config.beacons() && config.gpsLocked() && overlapsBeacon(start, end)) {
            return reject(TxAckError.of(Code.COLLISION_BEACON));
        }
        double power = txpk.powe();
        java.util.Optional<TxAckError> error = java.util.Optional.empty();
        if (power > config.maxTxPowerDbm()) {
            power = config.maxTxPowerDbm();
            error = java.util.Optional.of(TxAckError.warning("TX_POWER", OptionalInt.of((int) power)));
        }
        Planned p = new Planned(start, end, dr, power, txpk);
        queue.add(p);
        return new Decision(error, java.util.Optional.of(p));
    }

    /// Reserves the air for a beacon, so that downlinks asking for that time get `COLLISION_BEACON`.
    boolean overlapsBeacon(Instant start, Instant end) {
        Instant beacon = Beacon.nextPeriodStart(start.minus(Beacon.RESERVED));
        return beacon.isBefore(end) && start.isBefore(beacon.plus(Beacon.RESERVED));
    }

    /// {@return whether the gateway emits at `at`} (half duplex: it cannot receive then)
    boolean transmitting(Instant at) {
        return queue.stream().anyMatch(p -> !at.isBefore(p.start()) && at.isBefore(p.end()));
    }

    private static Decision reject(TxAckError e) {
        return new Decision(java.util.Optional.of(e), java.util.Optional.empty());
    }
}
