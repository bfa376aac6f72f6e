// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.radio;

/// A transmission as one receiver got it: the received signal strength and SNR, decided by the [RadioMedium].
public record Reception(Transmission transmission, double rssiDbm, double snrDb) {
}
