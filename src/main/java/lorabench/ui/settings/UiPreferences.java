// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lorabench.ui.theme.ThemeChoice;

/// The GUI's remembered state, persisted by [UiPreferencesStore] as `ui.json` in the data directory.
///
/// @param window             main window bounds
/// @param theme              light or dark
/// @param lastScreen         id of the screen shown at exit, empty for "the first one"
/// @param dividers           split-pane divider positions by a key each screen chooses
/// @param liveFramesRowLimit most rows the Live frames table keeps (older rows scroll away)
public record UiPreferences(WindowBounds window, ThemeChoice theme, String lastScreen,
        Map<String, List<Double>> dividers, int liveFramesRowLimit) {

    public static final int MIN_ROW_LIMIT = 100;
    public static final int MAX_ROW_LIMIT = 1_000_000;
    public static final int DEFAULT_ROW_LIMIT = 10_000;

    public static final UiPreferences DEFAULT =
            new UiPreferences(WindowBounds.DEFAULT, ThemeChoice.LIGHT, "", Map.of(), DEFAULT_ROW_LIMIT);

    public UiPreferences {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(lastScreen, "lastScreen");
        Map<String, List<Double>> copy = new LinkedHashMap<>();
        dividers.forEach((key, positions) -> {
            if (positions.stream().anyMatch(d -> !(d >= 0 && d <= 1))) {
                throw new IllegalArgumentException("divider positions must be in 0..1: " + key + "=" + positions);
            }
            copy.put(key, List.copyOf(positions));
        });
        dividers = Map.copyOf(copy);
        if (liveFramesRowLimit < MIN_ROW_LIMIT || liveFramesRowLimit > MAX_ROW_LIMIT) {
            throw new IllegalArgumentException("liveFramesRowLimit out of range: " + liveFramesRowLimit);
        }
    }

    public UiPreferences withWindow(WindowBounds value) {
        return new UiPreferences(value, theme, lastScreen, dividers, liveFramesRowLimit);
    }

    public UiPreferences withTheme(ThemeChoice value) {
        return new UiPreferences(window, value, lastScreen, dividers, liveFramesRowLimit);
    }

    public UiPreferences withLastScreen(String value) {
        return new UiPreferences(window, theme, value, dividers, liveFramesRowLimit);
    }

    public UiPreferences withDividers(Map<String, List<Double>> value) {
        return new UiPreferences(window, theme, lastScreen, value, liveFramesRowLimit);
    }

    public UiPreferences withLiveFramesRowLimit(int value) {
        return new UiPreferences(window, theme, lastScreen, dividers, value);
    }
}
