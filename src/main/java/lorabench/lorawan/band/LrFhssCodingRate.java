// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

/// LR-FHSS coding rates used by LoRaWAN (RP002-1.0.4: CR 1/3 and 2/3), with their header repetition count.
public enum LrFhssCodingRate {
    CR1_3("1/3", 3), CR2_3("2/3", 2);

    private final String text;
    private final int headerCount;

    LrFhssCodingRate(String text, int headerCount) {
        this.text = text;
        this.headerCount = headerCount;
    }

    public String text() {
        return text;
    }

    /// {@return how many times the physical header is repeated} (3 for CR 1/3, 2 for CR 2/3)
    public int headerCount() {
        return headerCount;
    }
}
