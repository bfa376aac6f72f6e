// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import lorabench.ui.AboutInfo;
import lorabench.ui.FxmlViews;
import lorabench.ui.shell.Icons;
import lorabench.ui.shell.Screen;
import lorabench.ui.shell.ScreenContext;
import lorabench.ui.shell.ScreenView;

/// The Settings screen's registration: id `settings`, Ctrl+Comma, searchable, with a "Reset to defaults"
/// toolbar action.
public final class SettingsScreen {
    /// The screen id (remembered as the last screen).
    public static final String ID = "settings";

    private SettingsScreen() {}

    /// {@return the descriptor the composition root registers}
    public static Screen descriptor() {
        return Screen.of(ID, "Settings", Icons.SLIDERS, SettingsScreen::create)
                .withShortcut(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN))
                .withSearch("Filter settings");
    }

    private static ScreenView create(ScreenContext context) {
        SettingsViewModel viewModel = new SettingsViewModel(context.settings(), context.dialogs(), AboutInfo.current(),
                context.dataDirectory(), context.searchText());
        ScrollPane root = FxmlViews.load("settings/SettingsView.fxml", new SettingsController(viewModel));
        Button reset = new Button("Reset to defaults");
        reset.setId("resetSettingsButton");
        reset.setOnAction(e -> viewModel.resetToDefaults());
        return ScreenView.of(root, reset);
    }
}
