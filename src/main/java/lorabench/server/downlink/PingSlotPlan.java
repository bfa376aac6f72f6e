// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import lorabench.lorawan.band.Band;
import lorabench.lorawan.classb.GpsTime;
import lorabench.lorawan.classb.PingSlot;
import lorabench.lorawan.types.DevAddr;
import lorabench.server.mac.MacState;

/// The next class B ping slot of a device (LoRaWAN L2 1.0.4 §13.3) and its radio parameters: the ping-slot channel
/// and data rate the device accepted with PingSlotChannelReq (§13.2), else the band's defaults (RP002-1.0.4 "Class B
/// ping slot": a fixed frequency or the hopping `(DevAddr + floor(BeaconTime / 128)) mod count`).
///
/// @param gps         slot start, GPS time
/// @param utc         slot start, UTC
/// @param beaconTime  start (GPS seconds) of the beacon period the slot is in
/// @param periodicity the ping-slot periodicity used (PingSlotInfoReq, else [PingSlot#DEFAULT_PERIODICITY])
public record PingSlotPlan(Duration gps, Instant utc, long beaconTime, long frequencyHz, int dataRate,
        int periodicity) {
    public PingSlotPlan {
        Objects.requireNonNull(gps, "gps");
        Objects.requireNonNull(utc, "utc");
    }

    /// {@return the first ping slot of `devAddr` strictly after `earliest`} under class B parameters `params`
    public static PingSlotPlan next(Instant earliest, DevAddr devAddr, Band band, MacState.ClassBParams params) {
        int periodicity = params.pingSlotPeriodicity() < 0 ? PingSlot.DEFAULT_PERIODICITY
                : params.pingSlotPeriodicity();
        Duration gps = PingSlot.nextSlotAfter(GpsTime.of(earliest), devAddr, periodicity);
        long beacon = PingSlot.beaconTime(gps);
        long freq = params.pingSlotFrequencyHz() > 0 ? params.pingSlotFrequencyHz()
                : PingSlot.frequency(band.classB(), beacon, devAddr);
        int dr = params.pingSlotDataRate() >= 0 ? params.pingSlotDataRate() : band.classB().pingSlotDataRate();
        return new PingSlotPlan(gps, GpsTime.toInstant(gps), beacon, freq, dr, periodicity);
    }
}
