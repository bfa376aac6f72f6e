// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

import java.util.List;

/// Class B defaults (RP002-1.0.4 "Beacon settings" / "Class B ping slot"): beacon and ping-slot frequencies and data
/// rates. One frequency is fixed; several are hopped over with `channel = floor(beaconTime / 128 s) mod count` for the
/// beacon and `(DevAddr + floor(beaconTime / 128 s)) mod count` for ping slots.
public record ClassB(List<Long> beaconFrequenciesHz, int beaconDataRate, List<Long> pingSlotFrequenciesHz,
                     int pingSlotDataRate) {
    public ClassB {
        beaconFrequenciesHz = List.copyOf(beaconFrequenciesHz);
        pingSlotFrequenciesHz = List.copyOf(pingSlotFrequenciesHz);
        if (beaconFrequenciesHz.isEmpty() || pingSlotFrequenciesHz.isEmpty()) {
            throw new IllegalArgumentException("Class B needs at least one beacon and one ping-slot frequency");
        }
    }

    /// {@return whether the beacon hops between frequencies}
    public boolean beaconHops() {
        return beaconFrequenciesHz.size() > 1;
    }
}
