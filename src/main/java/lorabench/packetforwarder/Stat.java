// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/// The gateway status report: the `stat` object of PUSH_DATA (`PROTOCOL.TXT` §4).
///
/// Absent counters read as 0, as in ChirpStack's gateway bridge. Counters are unsigned 32-bit.
///
/// @param time UTC system time of the gateway (`time`, "2014-01-12 08:59:28 GMT"), second precision
/// @param latitude GPS latitude in degrees, north positive (`lati`)
/// @param longitude GPS longitude in degrees, east positive (`long`)
/// @param altitude GPS altitude in metres (`alti`)
/// @param rxnb radio packets received
/// @param rxok radio packets received with a valid PHY CRC
/// @param rxfw radio packets forwarded
/// @param ackr percentage of upstream datagrams that were acknowledged, 0..100
/// @param dwnb downlink datagrams received
/// @param txnb packets emitted
public record Stat(Optional<Instant> time, OptionalDouble latitude, OptionalDouble longitude, OptionalInt altitude,
        long rxnb, long rxok, long rxfw, double ackr, long dwnb, long txnb) {

    public Stat {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(latitude, "latitude");
        Objects.requireNonNull(longitude, "longitude");
        Objects.requireNonNull(altitude, "altitude");
        time = time.map(t -> t.truncatedTo(ChronoUnit.SECONDS));
        if (latitude.isPresent()) {
            double v = latitude.getAsDouble();
            if (!(v >= -90 && v <= 90)) {
                throw new IllegalArgumentException("stat.lati must be -90..90, got " + v);
            }
        }
        if (longitude.isPresent()) {
            double v = longitude.getAsDouble();
            if (!(v >= -180 && v <= 180)) {
                throw new IllegalArgumentException("stat.long must be -180..180, got " + v);
            }
        }
        Checks.range("stat.rxnb", rxnb, 0, Checks.UINT32_MAX);
        Checks.range("stat.rxok", rxok, 0, Checks.UINT32_MAX);
        Checks.range("stat.rxfw", rxfw, 0, Checks.UINT32_MAX);
        Checks.range("stat.dwnb", dwnb, 0, Checks.UINT32_MAX);
        Checks.range("stat.txnb", txnb, 0, Checks.UINT32_MAX);
        if (!(ackr >= 0 && ackr <= 100)) {
            throw new IllegalArgumentException("stat.ackr must be 0..100, got " + ackr);
        }
    }
}
