// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

/// A WGS 84 position: degrees and metres above sea level.
public record Position(double latitude, double longitude, double altitude) {
    public Position {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be -90..90, got " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be -180..180, got " + longitude);
        }
        if (!Double.isFinite(altitude)) {
            throw new IllegalArgumentException("altitude must be finite, got " + altitude);
        }
    }
}
