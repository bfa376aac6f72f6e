// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.radio;

/// A place on Earth: WGS84 latitude and longitude in degrees, altitude in metres above sea level.
public record Position(double latitude, double longitude, double altitude) {
    /// Mean Earth radius (IUGG), metres.
    private static final double EARTH_RADIUS_M = 6_371_008.8;

    public Position {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)
                || !Double.isFinite(altitude)) {
            throw new IllegalArgumentException("bad position " + latitude + ", " + longitude + ", " + altitude);
        }
    }

    /// {@return the straight-line distance to `other` in metres}: the haversine great-circle distance on a sphere,
    /// combined with the altitude difference
    public double distanceTo(Position other) {
        double p1 = Math.toRadians(latitude);
        double p2 = Math.toRadians(other.latitude);
        double dp = p2 - p1;
        double dl = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        double ground = 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
        double dh = other.altitude - altitude;
        return Math.sqrt(ground * ground + dh * dh);
    }

    /// {@return the position `metres` east of this one} (same latitude and altitude), for laying out scenarios
    public Position east(double metres) {
        double dLon = Math.toDegrees(metres / (EARTH_RADIUS_M * Math.cos(Math.toRadians(latitude))));
        return new Position(latitude, longitude + dLon, altitude);
    }
}
