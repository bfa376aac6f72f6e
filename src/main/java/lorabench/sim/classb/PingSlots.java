// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.classb;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lorabench.lorawan.band.ClassB;
import lorabench.lorawan.classb.PingSlot;
import lorabench.lorawan.types.DevAddr;

/// Class B ping slots for the simulator, in UTC instants: a thin adapter over the protocol core's [PingSlot]
/// (LoRaWAN L2 1.0.4 §13.3), which holds the computation the network server uses too.
public final class PingSlots {
    public static final Duration SLOT_LENGTH = PingSlot.SLOT_LENGTH;

    private PingSlots() {
    }

    /// {@return the ping offset of `devAddr` in the beacon period starting at GPS second `beaconTime`}
    public static int pingOffset(long beaconTime, DevAddr devAddr, int periodicity) {
        return PingSlot.pingOffset(beaconTime, devAddr, periodicity);
    }

    public static int pingNb(int periodicity) {
        return PingSlot.pingNb(periodicity);
    }

    public static int pingPeriod(int periodicity) {
        return PingSlot.pingPeriod(periodicity);
    }

    /// {@return the start of every ping slot of the beacon period starting at GPS second `beaconTime`}, as UTC
    public static List<Instant> slots(long beaconTime, DevAddr devAddr, int periodicity) {
        return PingSlot.slots(beaconTime, devAddr, periodicity).stream().map(GpsTime::toInstant).toList();
    }

    /// {@return the default ping-slot frequency}: fixed, or hopping `(DevAddr + floor(beaconTime / 128)) mod count`
    public static long frequency(ClassB classB, long beaconTime, DevAddr devAddr) {
        return PingSlot.frequency(classB, beaconTime, devAddr);
    }

    /// {@return the beacon frequency of the period}: fixed, or hopping `floor(beaconTime / 128) mod count`
    public static long beaconFrequency(ClassB classB, long beaconTime) {
        return PingSlot.beaconFrequency(classB, beaconTime);
    }
}
