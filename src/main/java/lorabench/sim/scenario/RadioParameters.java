// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

/// The log-distance path-loss model with log-normal shadowing the radio model uses:
/// `PL(d) = referenceLoss + 10 · pathLossExponent · log10(d / referenceDistance) + N(0, shadowingSigma)` dB, and
/// the receiver noise figure that sets the SNR floor (`-174 dBm/Hz + 10 log10(BW) + noiseFigure`).
///
/// The defaults are the suburban measurements used by LoRaSim (Bor et al., "Do LoRa Low-Power Wide-Area Networks
/// Scale?", MSWiM 2016): `d0` = 40 m, `PL(d0)` = 127.41 dB, `n` = 2.08, `σ` = 3.57 dB; 6 dB is the SX1301 noise figure
/// commonly assumed.
public record RadioParameters(double pathLossExponent, double referenceLossDb, double referenceDistanceM,
                              double shadowingSigmaDb, double noiseFigureDb) {
    public static final RadioParameters DEFAULT = new RadioParameters(2.08, 127.41, 40, 3.57, 6);

    public RadioParameters {
        if (!(pathLossExponent > 0) || !(referenceDistanceM > 0) || !(shadowingSigmaDb >= 0)
                || !Double.isFinite(referenceLossDb) || !Double.isFinite(noiseFigureDb)) {
            throw new IllegalArgumentException("radio parameters must be finite, with a positive path-loss exponent "
                    + "and reference distance and a non-negative shadowing sigma");
        }
    }
}
