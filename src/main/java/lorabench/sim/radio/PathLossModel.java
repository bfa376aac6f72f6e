// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.radio;

/// Log-distance path loss with log-normal shadowing (Rappaport, *Wireless Communications*, §4.9-4.10):
/// `PL(d) = PL(d0) + 10 n log10(d / d0) + X`, with `X ~ N(0, σ²)` in dB.
///
/// ## Decisions
/// - `PL(d0)` defaults to the free-space loss at `d0` for the carrier frequency, `20 log10(4π d0 f / c)` (31.2 dB at
///   1 m and 868 MHz), unless [#referenceLossDb] is set; distances below `d0` count as `d0`.
/// - **Shadowing is a property of the link**: `shadowingSigmaDb` draws one value per (transmitter, receiver) pair from
///   the simulation seed, stable for the whole run, as shadowing by buildings and terrain is. A second, per-packet
///   term (`fadingSigmaDb`, default 0) models fast variation; it is drawn from the seed and the packet's sequence
///   number, so it too is reproducible.
/// - Defaults: exponent 2.7 and σ 4 dB (suburban macro-cell figures in Rappaport Table 4.2 and 4.10 ranges).
///
/// @param referenceDistanceM `d0` in metres
/// @param referenceLossDb    `PL(d0)` in dB; NaN for the free-space loss at `d0`
/// @param exponent           `n`
/// @param shadowingSigmaDb   σ of the per-link shadowing
/// @param fadingSigmaDb      σ of the per-packet variation
public record PathLossModel(double referenceDistanceM, double referenceLossDb, double exponent,
        double shadowingSigmaDb, double fadingSigmaDb) {
    private static final double SPEED_OF_LIGHT = 299_792_458.0;

    /// Suburban defaults: d0 1 m with free-space loss, n 2.7, σ 4 dB per link, no per-packet fading.
    public static final PathLossModel DEFAULT = new PathLossModel(1, Double.NaN, 2.7, 4, 0);

    public PathLossModel {
        if (!(referenceDistanceM > 0) || !(exponent > 0) || !(shadowingSigmaDb >= 0) || !(fadingSigmaDb >= 0)) {
            throw new IllegalArgumentException("bad path-loss model");
        }
    }

    /// {@return a model without any random term}
    public static PathLossModel deterministic(double exponent) {
        return new PathLossModel(1, Double.NaN, exponent, 0, 0);
    }

    /// {@return the median path loss in dB at `distanceM` and `frequencyHz`}, without shadowing
    public double medianLossDb(double distanceM, long frequencyHz) {
        double d = Math.max(distanceM, referenceDistanceM);
        double pl0 = Double.isNaN(referenceLossDb)
                ? 20 * Math.log10(4 * Math.PI * referenceDistanceM * frequencyHz / SPEED_OF_LIGHT)
                : referenceLossDb;
        return pl0 + 10 * exponent * Math.log10(d / referenceDistanceM);
    }
}
