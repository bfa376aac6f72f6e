// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

/// A WGS 84 position: latitude and longitude in degrees, altitude in metres.
public record Position(double latitude, double longitude, double altitude) {
    /// Mean Earth radius (IUGG), metres: the sphere used for distances and offsets.
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    public Position {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)
                || !Double.isFinite(altitude)) {
            throw new IllegalArgumentException("latitude must be -90..90 and longitude -180..180, got " + latitude
                    + ", " + longitude);
        }
    }

    /// {@return the great-circle distance to `other` in metres} (haversine)
    public double distanceTo(Position other) {
        double p1 = Math.toRadians(latitude);
        double p2 = Math.toRadians(other.latitude);
        double dp = p2 - p1;
        double dl = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /// {@return the point `distance` metres away along the initial bearing `bearingDeg`} (clockwise from north),
    /// at this point's altitude
    public Position destination(double bearingDeg, double distance) {
        double d = distance / EARTH_RADIUS_M;
        double b = Math.toRadians(bearingDeg);
        double p1 = Math.toRadians(latitude);
        double l1 = Math.toRadians(longitude);
        double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
        double l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
        double lon = Math.toDegrees(l2);
        lon = ((lon + 540) % 360) - 180;
        return new Position(Math.toDegrees(p2), lon, altitude);
    }
}
