// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

/// LoRa channel bandwidths used by LoRaWAN data rates (RP002-1.0.4 §2.x "Data Rate and End-device Output Power encoding").
public enum Bandwidth {
    BW125(125_000), BW250(250_000), BW500(500_000);

    private final int hz;

    Bandwidth(int hz) {
        this.hz = hz;
    }

    public int hz() {
        return hz;
    }

    /// {@return the kHz figure used in data-rate names such as `SF7BW125`}
    public int khz() {
        return hz / 1000;
    }

    /// {@return the bandwidth of `khz` kHz} (125, 250 or 500)
    public static Bandwidth ofKhz(int khz) {
        for (Bandwidth b : values()) {
            if (b.khz() == khz) {
                return b;
            }
        }
        throw new IllegalArgumentException("unsupported LoRa bandwidth " + khz + " kHz (expected 125, 250 or 500)");
    }
}
