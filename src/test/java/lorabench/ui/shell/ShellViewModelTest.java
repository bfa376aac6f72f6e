// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lorabench.ui.theme.ThemeChoice;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {
    private static final ScreenFactory NO_VIEW = ctx -> {
        throw new AssertionError("the view model never creates views");
    };
    private static final List<Screen> SCREENS = List.of(
            Screen.of("devices", "Devices", Icons.DEVICE, NO_VIEW).withSearch("Filter devices"),
            Screen.of("gateways", "Gateways", Icons.GATEWAY, NO_VIEW),
            Screen.of("settings", "Settings", Icons.SLIDERS, NO_VIEW).withSearch("Filter settings"));

    private final StringProperty lastScreen = new SimpleStringProperty("");
    private final SimpleObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(ThemeChoice.LIGHT);

    @Test
    void startsOnTheRememberedScreen() {
        lastScreen.set("gateways");
        ShellViewModel vm = new ShellViewModel(SCREENS, lastScreen, theme);
        assertEquals("gateways", vm.selectedProperty().get().id());
        assertEquals("LoRaBench \u2014 Gateways", vm.windowTitleProperty().get());
    }

    @Test
    void startsOnTheFirstScreenWhenTheRememberedOneIsGone() {
        lastScreen.set("scenarios");
        ShellViewModel vm = new ShellViewModel(SCREENS, lastScreen, theme);
        assertEquals("devices", vm.selectedProperty().get().id());
        assertEquals("devices", lastScreen.get());
    }

    @Test
    void selectingRemembersTheScreenAndRetitlesTheWindow() {
        ShellViewModel vm = new ShellViewModel(SCREENS, lastScreen, theme);
        assertTrue(vm.select("settings"));
        assertEquals("settings", lastScreen.get());
        assertEquals("LoRaBench \u2014 Settings", vm.windowTitleProperty().get());
        assertFalse(vm.select("nope"));
        assertEquals("settings", vm.selectedProperty().get().id());
    }

    @Test
    void digitShortcutsSelectByPosition() {
        ShellViewModel vm = new ShellViewModel(SCREENS, lastScreen, theme);
        assertTrue(vm.selectIndex(1));
        assertEquals("gateways", vm.selectedProperty().get().id());
        assertFalse(vm.selectIndex(3));
        assertFalse(vm.selectIndex(-1));
        assertEquals("gateways", vm.selectedProperty().get().id());
        assertEquals(List.of("Ctrl+1", "Ctrl+2", "Ctrl+3"), vm.items().stream().map(NavItem::shortcutText).toList());
    }

    @Test
    void eachScreenKeepsItsOwnSearchText() {
        ShellViewModel vm = new ShellViewModel(SCREENS, lastScreen, theme);
        vm.searchTextOf("devices").set("70B3");
        vm.searchTextOf("settings").set("theme");
        assertEquals("70B3", vm.searchTextOf("devices").get());
        assertEquals("theme", vm.searchTextOf("settings").get());
        assertThrows(IllegalArgumentException.class, () -> vm.searchTextOf("nope"));
    }

    @Test
    void searchIsEnabledOnlyForScreensThatFilter() {
        ShellViewModel vm = new ShellViewModel(SCREENS, lastScreen, theme);
        assertTrue(vm.searchEnabledProperty().get());
        assertEquals("Filter devices  (Ctrl+F)", vm.searchPromptProperty().get());
        vm.select("gateways");
        assertFalse(vm.searchEnabledProperty().get());
    }

    @Test
    void togglesTheTheme() {
        ShellViewModel vm = new ShellViewModel(SCREENS, lastScreen, theme);
        vm.toggleTheme();
        assertEquals(ThemeChoice.DARK, theme.get());
        vm.toggleTheme();
        assertEquals(ThemeChoice.LIGHT, theme.get());
    }

    @Test
    void rejectsDuplicateScreenIdsAndBadDescriptors() {
        List<Screen> twice = List.of(SCREENS.getFirst(), SCREENS.getFirst());
        assertThrows(IllegalArgumentException.class, () -> new ShellViewModel(twice, lastScreen, theme));
        assertThrows(IllegalArgumentException.class, () -> Screen.of("Live Frames", "Live frames", Icons.FRAMES, NO_VIEW));
        assertThrows(IllegalArgumentException.class, () -> Screen.of("frames", " ", Icons.FRAMES, NO_VIEW));
    }
}
