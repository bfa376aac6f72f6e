// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lorabench.ui.theme.ThemeChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiPreferencesStoreTest {
    @TempDir
    Path dir;

    @Test
    void missingFileGivesTheDefaults() {
        assertEquals(UiPreferences.DEFAULT, UiPreferencesStore.inDataDirectory(dir).load());
    }

    @Test
    void savedPreferencesReadBackEqual() {
        UiPreferences p = new UiPreferences(new WindowBounds(true, 40, 60, 1400, 900, true), ThemeChoice.DARK,
                "settings", Map.of("frames.main", List.of(0.25, 0.7)), 50_000);
        UiPreferencesStore store = UiPreferencesStore.inDataDirectory(dir.resolve("nested/data"));
        store.save(p);
        assertTrue(Files.isRegularFile(dir.resolve("nested/data/ui.json")));
        assertEquals(p, store.load());
    }

    @Test
    void unreadableFileGivesTheDefaults() throws IOException {
        Files.writeString(dir.resolve("ui.json"), "{ not json");
        assertEquals(UiPreferences.DEFAULT, UiPreferencesStore.inDataDirectory(dir).load());
    }

    @Test
    void eachInvalidFieldFallsBackAlone() throws IOException {
        Files.writeString(dir.resolve("ui.json"), """
                {"window": {"positioned": true, "x": 5, "y": 6, "width": 10, "height": 10},
                 "theme": "purple", "lastScreen": "settings",
                 "dividers": {"ok": [0.5], "bad": [3.0], "notArray": 1},
                 "liveFramesRowLimit": 5}
                """);
        UiPreferences p = UiPreferencesStore.inDataDirectory(dir).load();
        assertEquals(WindowBounds.DEFAULT, p.window(), "a window smaller than the minimum is ignored");
        assertEquals(ThemeChoice.LIGHT, p.theme());
        assertEquals("settings", p.lastScreen());
        assertEquals(Map.of("ok", List.of(0.5)), p.dividers());
        assertEquals(UiPreferences.DEFAULT_ROW_LIMIT, p.liveFramesRowLimit());
    }

    @Test
    void writesReadableJsonWithLowerCaseTheme() throws IOException {
        UiPreferencesStore store = UiPreferencesStore.inDataDirectory(dir);
        store.save(UiPreferences.DEFAULT.withTheme(ThemeChoice.DARK));
        String json = Files.readString(store.file());
        assertTrue(json.contains("\"theme\" : \"dark\""), json);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(store.file()), files.toList(), "no temp file is left behind");
        }
    }
}
