// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.util.Collection;
import lorabench.store.Position;

/// Maps WGS 84 positions into a `width × height` drawing area: an equirectangular projection centred on the
/// positions' bounding box (longitudes scaled by the cosine of its mid-latitude, so distances east and north
/// look alike over a bench-sized area), fitted with a margin and the same scale on both axes. A single position
/// or a tight cluster is shown over at least [#MIN_SPAN_DEG] (about 500 m).
public final class PlotProjection {
    /// The smallest span shown, in degrees of latitude.
    static final double MIN_SPAN_DEG = 0.0045;

    private final double centreLat;
    private final double centreLon;
    private final double cosLat;
    private final double scale;
    private final double width;
    private final double height;

    private PlotProjection(double centreLat, double centreLon, double scale, double width, double height) {
        this.centreLat = centreLat;
        this.centreLon = centreLon;
        this.cosLat = Math.cos(Math.toRadians(centreLat));
        this.scale = scale;
        this.width = width;
        this.height = height;
    }

    /// {@return a projection fitting every position into the area, `margin` pixels from its edges}
    public static PlotProjection fit(Collection<Position> positions, double width, double height, double margin) {
        if (positions.isEmpty()) {
            return new PlotProjection(0, 0, 1, width, height);
        }
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        for (Position p : positions) {
            minLat = Math.min(minLat, p.latitude());
            maxLat = Math.max(maxLat, p.latitude());
            minLon = Math.min(minLon, p.longitude());
            maxLon = Math.max(maxLon, p.longitude());
        }
        double centreLat = (minLat + maxLat) / 2;
        double centreLon = (minLon + maxLon) / 2;
        double cos = Math.max(1e-6, Math.cos(Math.toRadians(centreLat)));
        double spanY = Math.max(MIN_SPAN_DEG, maxLat - minLat);
        double spanX = Math.max(MIN_SPAN_DEG, (maxLon - minLon) * cos);
        double usableW = Math.max(1, width - 2 * margin);
        double usableH = Math.max(1, height - 2 * margin);
        return new PlotProjection(centreLat, centreLon, Math.min(usableW / spanX, usableH / spanY), width, height);
    }

    /// {@return the horizontal pixel of `p`}
    public double x(Position p) {
        return width / 2 + (p.longitude() - centreLon) * cosLat * scale;
    }

    /// {@return the vertical pixel of `p`} (north up)
    public double y(Position p) {
        return height / 2 - (p.latitude() - centreLat) * scale;
    }

    /// {@return how many metres one pixel covers}
    public double metresPerPixel() {
        return 111_320.0 / scale;
    }
}
