// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.settings;

/// The main window's last size and position. `positioned` is false until the window has been placed once,
/// so the first start centres the window instead of using arbitrary coordinates.
public record WindowBounds(boolean positioned, double x, double y, double width, double height, boolean maximised) {
    /// The smallest size the main window may take.
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 560;

    /// First start: 1280 × 800, centred.
    public static final WindowBounds DEFAULT = new WindowBounds(false, 0, 0, 1280, 800, false);

    public WindowBounds {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("position must be finite");
        }
        if (!(width >= MIN_WIDTH) || !(height >= MIN_HEIGHT) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("size too small or not finite: " + width + "x" + height);
        }
    }
}
