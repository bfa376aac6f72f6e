// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.radio;

import lorabench.lorawan.band.DataRate;

/// Receiver figures of LoRa: thermal noise floor, the demodulation SNR limit of each spreading factor and the
/// resulting sensitivity (Semtech AN1200.22 "LoRa Modulation Basics" §4: `S = -174 + 10 log10(BW) + NF + SNR`;
/// SX1276 datasheet Table 13 for the SNR limits).
public final class LinkBudget {
    /// Thermal noise density at 290 K, dBm/Hz.
    public static final double THERMAL_NOISE_DBM_HZ = -174;
    /// Receiver noise figure assumed for gateways and devices, dB.
    public static final double DEFAULT_NOISE_FIGURE_DB = 6;
    /// The capture threshold: a packet survives an overlapping one on the same channel and spreading factor when it
    /// is at least this much stronger (Bor et al., "Do LoRa Low-Power Wide-Area Networks Scale?", MSWiM 2016).
    public static final double CAPTURE_THRESHOLD_DB = 6;
    /// The highest SNR a LoRa receiver reports. The radio estimates SNR from the demodulated symbols, and that
    /// estimate saturates in the low teens of dB however strong the signal (an SX1280 with its antenna touching the
    /// sender's reports 14 dB; the usual reported range is -20 to +10 dB). The link budget alone gives +40 dB next
    /// to a gateway, which no network server ever sees and which would drive ADR and DevStatus margins to extremes.
    public static final double REPORTED_SNR_CEILING_DB = 14;

    private LinkBudget() {
    }

    /// {@return the demodulation SNR limit in dB}: SF7 -7.5 ... SF12 -20 (2.5 dB per step), SF6 -5, SF5 -2.5
    public static double snrLimitDb(int spreadingFactor) {
        return -7.5 - 2.5 * (spreadingFactor - 7);
    }

    /// {@return the SNR a receiver reports for a true `snrDb`}: capped at [#REPORTED_SNR_CEILING_DB] and in the
    /// radio's quarter-dB steps (the SX127x and SX130x registers hold SNR × 4 as a signed byte). Reception itself
    /// is decided on the true value.
    public static double reportedSnrDb(double snrDb) {
        return Math.min(REPORTED_SNR_CEILING_DB, Math.round(snrDb * 4) / 4.0);
    }

    /// {@return the noise floor in dBm over `bandwidthHz` with noise figure `noiseFigureDb`}
    public static double noiseFloorDbm(int bandwidthHz, double noiseFigureDb) {
        return THERMAL_NOISE_DBM_HZ + 10 * Math.log10(bandwidthHz) + noiseFigureDb;
    }

    /// {@return the sensitivity in dBm of `dataRate`}: the noise floor plus the SNR limit (SF7BW125 -124.5 dBm,
    /// SF12BW125 -137 dBm at NF 6 dB)
    public static double sensitivityDbm(DataRate.LoRa dataRate, double noiseFigureDb) {
        return noiseFloorDbm(dataRate.bandwidth().hz(), noiseFigureDb) + snrLimitDb(dataRate.spreadingFactor());
    }
}
