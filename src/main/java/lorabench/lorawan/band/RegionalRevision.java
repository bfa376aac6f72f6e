// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

/// Revisions of the LoRaWAN Regional Parameters that a [Band] can implement.
public enum RegionalRevision {
    RP002_1_0_4("RP002-1.0.4");

    private final String text;

    RegionalRevision(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
