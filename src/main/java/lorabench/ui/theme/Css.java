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

    // ---- Keys lab and Live frames (shared "lab" look) ----
    public static final String LAB_PAGE = "lb-lab-page";
    public static final String LAB_SCROLL = "lb-lab-scroll";
    public static final String LAB_SECTION = "lb-lab-section";
    public static final String LAB_TITLE = "lb-lab-title";
    public static final String LAB_DESCRIPTION = "lb-lab-description";
    public static final String LAB_GRID = "lb-lab-grid";
    public static final String MONO = "lb-mono";
    public static final String FIELD_ERROR = "lb-field-error";
    public static final String HINT = "lb-hint";
    public static final String STEP_CARD = "lb-step-card";
    public static final String STEP_TITLE = "lb-step-title";
    public static final String STEP_OPERATION = "lb-step-operation";
    public static final String STEP_RESULT = "lb-step-result";
    public static final String STEP_ARROW = "lb-step-arrow";
    public static final String BYTE_BLOCK = "lb-byte-block";
    public static final String BYTE_GROUP = "lb-byte-group";
    public static final String BYTE_CELL = "lb-byte";
    public static final String BYTE_NAME = "lb-byte-name";
    public static final String BYTE_NOTE = "lb-byte-note";
    /// Followed by the lower-case role name, e.g. `lb-role-nonce`.
    public static final String BYTE_ROLE_PREFIX = "lb-role-";
    public static final String LEGEND = "lb-legend";
    public static final String LEGEND_SWATCH = "lb-legend-swatch";
    public static final String MIC_BADGE = "lb-mic-badge";
    public static final String MIC_VALUE = "lb-mic-value";
    public static final String FRAMES_TABLE = "lb-frames-table";
    public static final String FRAMES_TREE = "lb-frames-tree";
    public static final String HEX_VIEW = "lb-hex-view";
    public static final String HEX_OFFSET = "lb-hex-offset";
    public static final String HEX_BYTE = "lb-hex-byte";
    public static final String HEX_ASCII = "lb-hex-ascii";
    public static final String PANE_HEADER = "lb-pane-header";
    public static final String DECODE_BAR = "lb-decode-bar";
    public static final String COUNTERS = "lb-counters";
    public static final String TREE_VALUE = "lb-tree-value";
    public static final String TREE_NAME = "lb-tree-name";
    public static final String DIRECTION_CELL = "lb-direction";
    public static final String EMPTY_STATE = "lb-empty-state";

    /// MIC outcome pseudo-classes on [#MIC_BADGE] and table cells.
    public static final PseudoClass VALID = PseudoClass.getPseudoClass("valid");
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /// A hex-view byte inside the selected field.
    public static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    /// Uplink and downlink rows and cells.
    public static final PseudoClass UPLINK = PseudoClass.getPseudoClass("uplink");
    public static final PseudoClass DOWNLINK = PseudoClass.getPseudoClass("downlink");
    /// A manual entry ("Decode hex…") in the frame list.
    public static final PseudoClass MANUAL = PseudoClass.getPseudoClass("manual");
    /// A dissection node or row that reports a problem (malformed, MIC mismatch).
    public static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    // ---- Devices, Downlinks, export ----
    public static final String DEVICE_FORM = "lb-device-form-dialog";
    public static final String FORM_GRID = "lb-form-grid";
    public static final String IMPORT_ERRORS = "lb-import-errors";
    public static final String CREDENTIALS = "lb-credentials";
    public static final String STATUS_CHIP = "lb-status-chip";
    /// Downlink status pseudo-classes on [#STATUS_CHIP] cells: `pending`, `sent`, `acknowledged` ...
    public static PseudoClass downlinkStatus(String lowerCaseName) {
        return PseudoClass.getPseudoClass(lowerCaseName.replace('_', '-'));
    }
    // ---- Push targets ----
    public static final String PUSH_PAGE = "lb-push-page";
    public static final String PUSH_FORM = "lb-push-form";
    public static final String PUSH_TOPICS = "lb-push-topics";
    public static final String PUSH_ACTIONS = "lb-push-actions";
    public static final String PUSH_MESSAGE = "lb-push-message";
    public static final String PUSH_TARGETS = "lb-push-targets";
    public static final String DELIVERY_LOG = "lb-delivery-log";
    public static final String KEPT_PAYLOADS = "lb-kept-payloads";
    // ---- Gateways ----
    public static final String GATEWAYS = "lb-gateways";
    public static final String GATEWAY_FORM = "lb-gateway-form-dialog";
    public static final String GATEWAY_STATE = "lb-gateway-state";
    public static final String PLOT = "lb-plot";
    public static final String PLOT_LINK = "lb-plot-link";
    public static final String PLOT_DEVICE = "lb-plot-device";
    public static final String PLOT_GATEWAY = "lb-plot-gateway";
    public static final String PLOT_LABEL = "lb-plot-label";
    public static final String PLOT_LEGEND = "lb-plot-legend";
    public static final String PLOT_SWATCH = "lb-plot-swatch";
    public static final String PLOT_SCALE = "lb-plot-scale";
    /// A connected gateway (state cells, plot squares).
    public static final PseudoClass CONNECTED = PseudoClass.getPseudoClass("connected");
    /// A virtual gateway on the plot.
    public static final PseudoClass VIRTUAL = PseudoClass.getPseudoClass("virtual");

    /// {@return the pseudo-class of an RSSI class on plot links and legend swatches}: `good`, `fair` or `poor`
    /// (`RssiClass.cssName()`)
    public static PseudoClass rssi(String rssiClass) {
        return PseudoClass.getPseudoClass(rssiClass);
    }

    // ---- Scenarios ----
    public static final String SCENARIOS = "lb-scenarios";
    public static final String SCENARIO_CELL = "lb-scenario-cell";
    public static final String SCENARIO_TITLE = "lb-scenario-title";
    public static final String SCENARIO_FILE = "lb-scenario-file";
    public static final String RUN_STATE = "lb-run-state";

    /// {@return the pseudo-class of a run state on [#RUN_STATE] cells}: `starting`, `running`, `finished` ...
    public static PseudoClass runState(String lowerCaseState) {
        return PseudoClass.getPseudoClass(lowerCaseState);
    }
}
