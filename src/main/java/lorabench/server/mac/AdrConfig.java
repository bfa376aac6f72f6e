// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

/// Settings of the network-side ADR algorithm ([Adr]).
///
/// @param installationMarginDb SNR margin kept above the demodulation floor (ChirpStack's default: 10 dB)
/// @param historySize          how many uplinks ADR looks back over (ChirpStack: 20)
/// @param enabled              whether the network adapts data rate, power and NbTrans at all
public record AdrConfig(double installationMarginDb, int historySize, boolean enabled) {
    public static final AdrConfig DEFAULT = new AdrConfig(10.0, 20, true);

    public AdrConfig {
        if (historySize < 1 || historySize > 64) {
            throw new IllegalArgumentException("ADR history size must be 1..64, got " + historySize);
        }
        if (!Double.isFinite(installationMarginDb)) {
            throw new IllegalArgumentException("installation margin must be finite");
        }
    }
}
