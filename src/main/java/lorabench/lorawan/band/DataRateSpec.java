// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

/// One row of a band's data-rate table: the modulation and its maximum payload sizes.
public record DataRateSpec(DataRate dataRate, PayloadLimits maxPayload) {
    public DataRateSpec {
        java.util.Objects.requireNonNull(dataRate);
        java.util.Objects.requireNonNull(maxPayload);
    }
}
