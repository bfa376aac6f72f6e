// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.settings;

import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lorabench.ui.theme.ThemeChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The live, observable GUI preferences, shared by the shell and every screen. Loaded from a
/// [UiPreferencesStore] once; theme and row-limit changes are saved at once, window bounds, last screen and
/// dividers when [#save()] is called (the shell does so when the window closes).
///
/// Screens read [#liveFramesRowLimitProperty()] (the Live frames screen trims its table to it).
public final class UiSettings {
    private static final Logger LOG = LoggerFactory.getLogger(UiSettings.class);

    private final UiPreferencesStore store;
    private final ObjectProperty<ThemeChoice> theme;
    private final ReadOnlyIntegerWrapper liveFramesRowLimit;
    private final StringProperty lastScreen;
    private final Map<String, List<Double>> dividers;
    private WindowBounds window;

    public UiSettings(UiPreferencesStore store) {
        this.store = Objects.requireNonNull(store, "store");
        UiPreferences p = store.load();
        theme = new SimpleObjectProperty<>(this, "theme", p.theme());
        liveFramesRowLimit = new ReadOnlyIntegerWrapper(this, "liveFramesRowLimit", p.liveFramesRowLimit());
        lastScreen = new SimpleStringProperty(this, "lastScreen", p.lastScreen());
        dividers = new HashMap<>(p.dividers());
        window = p.window();
        theme.addListener((obs, old, now) -> {
            Objects.requireNonNull(now, "theme");
            save();
        });
        liveFramesRowLimit.addListener((obs, old, now) -> save());
    }

    /// {@return the active theme; setting it restyles every installed scene and is saved at once}
    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    /// {@return the most rows the Live frames table keeps}
    public ReadOnlyIntegerProperty liveFramesRowLimitProperty() {
        return liveFramesRowLimit.getReadOnlyProperty();
    }

    /// Changes the Live frames row limit (saved at once).
    ///
    /// @throws IllegalArgumentException outside [UiPreferences#MIN_ROW_LIMIT]..[UiPreferences#MAX_ROW_LIMIT]
    public void setLiveFramesRowLimit(int limit) {
        if (limit < UiPreferences.MIN_ROW_LIMIT || limit > UiPreferences.MAX_ROW_LIMIT) {
            throw new IllegalArgumentException("row limit out of range: " + limit);
        }
        liveFramesRowLimit.set(limit);
    }

    /// {@return the id of the screen shown last}
    public StringProperty lastScreenProperty() {
        return lastScreen;
    }

    /// {@return the remembered main-window bounds}
    public WindowBounds window() {
        return window;
    }

    public void setWindow(WindowBounds bounds) {
        window = Objects.requireNonNull(bounds, "bounds");
    }

    /// {@return the remembered divider positions stored under `key`}
    public Optional<List<Double>> dividers(String key) {
        return Optional.ofNullable(dividers.get(key));
    }

    /// Remembers divider positions (each in 0..1) under a key the screen chooses, e.g. `"frames.main"`.
    public void setDividers(String key, List<Double> positions) {
        Objects.requireNonNull(key, "key");
        if (positions.stream().anyMatch(d -> !(d >= 0 && d <= 1))) {
            throw new IllegalArgumentException("divider positions must be in 0..1: " + positions);
        }
        dividers.put(key, List.copyOf(positions));
    }

    /// {@return the current values as one immutable record}
    public UiPreferences snapshot() {
        return new UiPreferences(window, theme.get(), lastScreen.get() == null ? "" : lastScreen.get(), dividers,
                liveFramesRowLimit.get());
    }

    /// Writes the current values; a failure is logged, never thrown (preferences are not worth a crash).
    public void save() {
        try {
            store.save(snapshot());
        } catch (UncheckedIOException e) {
            LOG.warn("Could not save UI preferences to {}: {}", store.file(), e.getCause().getMessage());
        }
    }
}
