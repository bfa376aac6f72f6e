// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

/// A regulatory sub-band: frequency range `[minHz, maxHz]`, the duty-cycle fraction allowed in it (1.0 = none) and
/// its maximum EIRP in dBm. `name` is the regulation's label (e.g. ETSI EN 300 220-2 band "M", formerly "g1").
public record SubBand(String name, long minHz, long maxHz, double dutyCycle, double maxEirpDbm) {
    public SubBand {
        if (minHz <= 0 || maxHz <= minHz) {
            throw new IllegalArgumentException("bad sub-band range " + minHz + ".." + maxHz);
        }
        if (!(dutyCycle > 0 && dutyCycle <= 1)) {
            throw new IllegalArgumentException("duty cycle must be in (0, 1]: " + dutyCycle);
        }
    }

    public boolean contains(long frequencyHz) {
        return frequencyHz >= minHz && frequencyHz <= maxHz;
    }
}
