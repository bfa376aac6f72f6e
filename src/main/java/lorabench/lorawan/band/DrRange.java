// SPDX-License-Identifier: Apache-2.0
package lorabench.lorawan.band;

/// An inclusive range of data-rate indices.
public record DrRange(int min, int max) {
    public DrRange {
        if (min < 0 || max < min || max > 15) {
            throw new IllegalArgumentException("bad data-rate range DR" + min + "..DR" + max);
        }
    }

    public boolean contains(int dr) {
        return dr >= min && dr <= max;
    }
}
