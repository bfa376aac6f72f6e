// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import lorabench.ui.theme.ThemeChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiSettingsTest {
    @TempDir
    Path dir;

    @Test
    void themeAndRowLimitAreSavedAtOnce() {
        UiPreferencesStore store = UiPreferencesStore.inDataDirectory(dir);
        UiSettings settings = new UiSettings(store);
        settings.themeProperty().set(ThemeChoice.DARK);
        settings.setLiveFramesRowLimit(2_500);
        UiPreferences stored = store.load();
        assertEquals(ThemeChoice.DARK, stored.theme());
        assertEquals(2_500, stored.liveFramesRowLimit());
    }

    @Test
    void windowLastScreenAndDividersAreSavedOnRequest() {
        UiPreferencesStore store = UiPreferencesStore.inDataDirectory(dir);
        UiSettings settings = new UiSettings(store);
        settings.setWindow(new WindowBounds(true, 10, 20, 1000, 700, false));
        settings.lastScreenProperty().set("settings");
        settings.setDividers("frames.main", List.of(0.3));
        assertEquals(UiPreferences.DEFAULT, store.load());
        settings.save();
        UiSettings reloaded = new UiSettings(store);
        assertEquals(settings.snapshot(), reloaded.snapshot());
        assertEquals(List.of(0.3), reloaded.dividers("frames.main").orElseThrow());
    }

    @Test
    void rejectsRowLimitsOutOfRangeAndBadDividers() {
        UiSettings settings = new UiSettings(UiPreferencesStore.inDataDirectory(dir));
        assertThrows(IllegalArgumentException.class, () -> settings.setLiveFramesRowLimit(99));
        assertThrows(IllegalArgumentException.class, () -> settings.setLiveFramesRowLimit(1_000_001));
        assertThrows(IllegalArgumentException.class, () -> settings.setDividers("x", List.of(1.5)));
        assertEquals(UiPreferences.DEFAULT_ROW_LIMIT, settings.liveFramesRowLimitProperty().get());
    }
}
