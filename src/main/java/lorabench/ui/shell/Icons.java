// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

/// SVG path data for the navigation rail, drawn for a 20 × 20 box with simple geometric shapes (no icon font
/// is available, and glyph coverage of system fonts varies). Screens may use these or bring their own.
public final class Icons {
    private Icons() {}

    /// Three horizontal sliders with knobs: settings.
    public static final String SLIDERS = "M2 4h8v2H2z M14 4h4v2h-4z M10 2h3v6h-3z"
            + " M2 9h3v2H2z M9 9h9v2H9z M5 7h3v6H5z"
            + " M2 14h10v2H2z M16 14h2v2h-2z M12 12h3v6h-3z";
    /// A 2 × 2 grid of tiles: dashboard.
    public static final String DASHBOARD = "M2 2h7v9H2z M11 2h7v5h-7z M11 9h7v9h-7z M2 13h7v5H2z";
    /// A mast with two radio arcs: gateways.
    public static final String GATEWAY = "M9 8h2v10H9z M6 17h8v2H6z"
            + " M4.3 2.6l1.4 1.4a6 6 0 0 0 0 8.5l-1.4 1.4a8 8 0 0 1 0-11.3z"
            + " M15.7 2.6a8 8 0 0 1 0 11.3l-1.4-1.4a6 6 0 0 0 0-8.5z M10 5a3 3 0 1 1 0 6a3 3 0 1 1 0-6z";
    /// A small board with pins: devices.
    public static final String DEVICE = "M5 4h10v12H5z M7 6v8h6V6z M2 6h3v2H2z M2 12h3v2H2z M15 6h3v2h-3z M15 12h3v2h-3z";
    /// Stacked lines of a list: live frames.
    public static final String FRAMES = "M2 3h16v2H2z M2 7h16v2H2z M2 11h16v2H2z M2 15h10v2H2z";
    /// A key: keys lab.
    public static final String KEY = "M6 6a4 4 0 1 1 0 8a4 4 0 1 1 0-8z M6 8.5a1.5 1.5 0 1 0 0 3a1.5 1.5 0 1 0 0-3z"
            + " M9.5 9h8.5v2h-2v3h-2v-3h-1.5v2h-2v-2H9.5z";
}
