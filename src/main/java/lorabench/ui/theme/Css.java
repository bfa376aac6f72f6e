// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.theme;

import javafx.css.PseudoClass;

/// Every style class and pseudo-class that Java code puts on nodes, defined once (STYLE.md §8): the names
/// match the selectors in `themes/app.css`.
public final class Css {
    private Css() {}

    /// The application stylesheet, layered over the AtlantaFX user-agent stylesheet.
    public static final String APP_STYLESHEET = "/themes/app.css";

    public static final String APP_ROOT = "lb-app";
    public static final String NAV_RAIL = "lb-nav-rail";
    public static final String NAV_CELL = "lb-nav-cell";
    public static final String NAV_ICON = "lb-nav-icon";
    public static final String NAV_TITLE = "lb-nav-title";
    public static final String NAV_SHORTCUT = "lb-nav-shortcut";
    public static final String NAV_ICON_BOX = "lb-nav-icon-box";
    public static final String NAV_ENTRY = "lb-nav-entry";
    public static final String TOOLBAR_ITEMS = "lb-toolbar-items";
    public static final String SCREEN_HOST = "lb-screen-host";
    public static final String SCREEN_TITLE = "lb-screen-title";
    public static final String SCREEN_TOOLBAR = "lb-screen-toolbar";
    public static final String SEARCH_FIELD = "lb-search";
    public static final String STATUS_BAR = "lb-status-bar";
    public static final String STATUS_ITEM = "lb-status-item";
    public static final String STATUS_DOT = "lb-status-dot";
    public static final String TASK_AREA = "lb-task-area";
    public static final String SETTINGS_SECTION = "lb-settings-section";
    public static final String ABOUT_DETAILS = "lb-about-details";
    public static final String ERROR_DETAILS = "lb-error-details";

    /// On the root while a dark theme is active (AtlantaFX convention).
    public static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    /// Server-state pseudo-classes on [#STATUS_DOT].
    public static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    public static final PseudoClass BUSY = PseudoClass.getPseudoClass("busy");
    public static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
}
