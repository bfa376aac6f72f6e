// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.radio;

/// A node that can hear transmissions: a gateway or a device, attached to a [RadioMedium].
public interface RadioReceiver {

    NodeId id();

    Position position();

    /// {@return whether the receiver is tuned to `t` when its preamble starts}: right kind, frequency and data
    /// rate, a receive window open (devices), not transmitting itself (half duplex)
    boolean listens(Transmission t);

    /// {@return whether this receiver can ever be tuned to transmissions of `kind`} (a constant of the receiver: a
    /// gateway hears uplinks only, a device downlinks and beacons only). The medium does not ask [#listens] for the
    /// kinds a receiver never hears, which keeps an uplink's cost independent of the number of devices.
    default boolean hears(TransmissionKind kind) {
        return true;
    }

    /// {@return whether the receiver is tuned only in receive windows it announces} with
    /// [RadioMedium#listenUntil] (a constant of the receiver): the medium then asks [#listens] only for
    /// transmissions that start no later than the end of the last window announced, so a downlink costs nothing for
    /// the thousands of class A devices asleep between their uplinks. Such a receiver's [#listens] must be false for
    /// a transmission that starts after every window it announced has closed.
    default boolean tunedInWindowsOnly() {
        return false;
    }

    /// Called when `t` ends, if it was heard: above sensitivity and SNR limit, and not lost in a collision.
    void onReceive(Reception reception);

    /// {@return the receiver's noise figure in dB}
    default double noiseFigureDb() {
        return LinkBudget.DEFAULT_NOISE_FIGURE_DB;
    }

    /// {@return the antenna gain in dBi}
    default double antennaGainDbi() {
        return 0;
    }
}
