// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import javafx.beans.property.SimpleStringProperty;
import lorabench.ui.AboutInfo;
import lorabench.ui.dialog.FakeDialogService;
import lorabench.ui.theme.ThemeChoice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    @TempDir
    Path dir;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final SimpleStringProperty search = new SimpleStringProperty("");
    private UiSettings settings;
    private SettingsViewModel vm;

    @BeforeEach
    void create() {
        settings = new UiSettings(UiPreferencesStore.inDataDirectory(dir));
        vm = new SettingsViewModel(settings, dialogs, new AboutInfo("1.2.3", "25", "25.0.4", "Linux"), dir, search);
    }

    @Test
    void showsTheCurrentRowLimitFormatted() {
        assertEquals("10,000", vm.rowLimitTextProperty().get());
        assertEquals("", vm.rowLimitErrorProperty().get());
    }

    @Test
    void appliesAValidRowLimitAtOnce() {
        vm.rowLimitTextProperty().set("25 000");
        assertEquals(25_000, settings.liveFramesRowLimitProperty().get());
        assertEquals("", vm.rowLimitErrorProperty().get());
    }

    @Test
    void rejectsRowLimitsThatAreNotNumbersOrOutOfRangeAndKeepsTheOldValue() {
        vm.rowLimitTextProperty().set("lots");
        assertEquals("Enter a whole number.", vm.rowLimitErrorProperty().get());
        vm.rowLimitTextProperty().set("50");
        assertEquals("Enter a number from 100 to 1,000,000.", vm.rowLimitErrorProperty().get());
        vm.rowLimitTextProperty().set("");
        assertFalse(vm.rowLimitErrorProperty().get().isEmpty());
        assertEquals(UiPreferences.DEFAULT_ROW_LIMIT, settings.liveFramesRowLimitProperty().get());
    }

    @Test
    void parsesGroupedDigitsOnly() {
        assertEquals(OptionalInt.of(1_000_000), SettingsViewModel.parse("1,000,000"));
        assertEquals(OptionalInt.of(1234), SettingsViewModel.parse(" 1_234 "));
        assertEquals(OptionalInt.empty(), SettingsViewModel.parse("-5"));
        assertEquals(OptionalInt.empty(), SettingsViewModel.parse("12.5"));
        assertEquals(OptionalInt.empty(), SettingsViewModel.parse("99999999999"));
    }

    @Test
    void themeChoiceIsThePreference() {
        vm.themeProperty().set(ThemeChoice.DARK);
        assertEquals(ThemeChoice.DARK, settings.themeProperty().get());
        assertEquals(List.of(ThemeChoice.LIGHT, ThemeChoice.DARK), vm.themes());
    }

    @Test
    void resetAsksFirstAndRestoresTheDefaults() {
        vm.themeProperty().set(ThemeChoice.DARK);
        vm.rowLimitTextProperty().set("500");
        dialogs.confirm = false;
        vm.resetToDefaults();
        assertEquals(ThemeChoice.DARK, settings.themeProperty().get());
        dialogs.confirm = true;
        vm.resetToDefaults();
        assertEquals(ThemeChoice.LIGHT, settings.themeProperty().get());
        assertEquals(UiPreferences.DEFAULT_ROW_LIMIT, settings.liveFramesRowLimitProperty().get());
        assertEquals("10,000", vm.rowLimitTextProperty().get());
        assertEquals(List.of("confirm: Reset settings", "confirm: Reset settings"), dialogs.shown);
    }

    @Test
    void searchShowsOnlyMatchingSections() {
        search.set("dark");
        assertTrue(vm.visibleProperty(SettingsSection.APPEARANCE).get());
        assertFalse(vm.visibleProperty(SettingsSection.LIVE_FRAMES).get());
        search.set("row lim");
        assertTrue(vm.visibleProperty(SettingsSection.LIVE_FRAMES).get());
        assertFalse(vm.visibleProperty(SettingsSection.APPEARANCE).get());
        search.set("zzz");
        assertTrue(vm.nothingMatchesProperty().get());
        search.set("");
        for (SettingsSection s : SettingsSection.values()) {
            assertTrue(vm.visibleProperty(s).get());
        }
        assertFalse(vm.nothingMatchesProperty().get());
    }

    @Test
    void showsTheDataDirectoryAndPreferencesFile() {
        assertEquals(dir.toAbsolutePath().normalize().toString(), vm.dataDirectoryText());
        assertEquals(dir.toAbsolutePath().normalize().resolve("ui.json").toString(), vm.preferencesFileText());
    }
}
