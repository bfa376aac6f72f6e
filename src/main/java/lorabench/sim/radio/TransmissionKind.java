// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.radio;

/// What a transmission is. Uplinks use normal IQ and downlinks inverted IQ (LoRaWAN L2 1.0.4 §4: downlinks are
/// sent with inverted polarity), so the two never interfere nor are heard by the wrong side; class B beacons are
/// sent with normal IQ but only devices listen for them.
public enum TransmissionKind {
    UPLINK, DOWNLINK, BEACON;

    /// {@return whether two transmissions of these kinds can interfere}
    boolean interferesWith(TransmissionKind other) {
        return (this == DOWNLINK) == (other == DOWNLINK);
    }
}
