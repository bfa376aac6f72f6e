// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.settings;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import lorabench.ui.theme.ThemeChoice;

/// Binds `SettingsView.fxml` to a [SettingsViewModel].
public final class SettingsController {
    private final SettingsViewModel viewModel;

    @FXML private ScrollPane scroll;
    @FXML private Label nothingMatches;
    @FXML private VBox appearanceSection;
    @FXML private VBox liveFramesSection;
    @FXML private VBox dataSection;
    @FXML private VBox aboutSection;
    @FXML private ToggleGroup themeGroup;
    @FXML private ToggleButton lightTheme;
    @FXML private ToggleButton darkTheme;
    @FXML private Label rowLimitHelp;
    @FXML private TextField rowLimitField;
    @FXML private Label rowLimitError;
    @FXML private TextField dataDirectoryField;
    @FXML private TextField preferencesFileField;
    @FXML private Label aboutHeadline;
    @FXML private Label versionLabel;
    @FXML private Label javaLabel;
    @FXML private Label javafxLabel;
    @FXML private Label osLabel;

    public SettingsController(SettingsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        lightTheme.setUserData(ThemeChoice.LIGHT);
        darkTheme.setUserData(ThemeChoice.DARK);
        selectTheme(viewModel.themeProperty().get());
        viewModel.themeProperty().addListener((obs, old, now) -> selectTheme(now));
        themeGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                selectTheme(viewModel.themeProperty().get()); // a segmented choice never becomes empty
            } else {
                viewModel.themeProperty().set((ThemeChoice) now.getUserData());
            }
        });
        rowLimitHelp.setText(viewModel.rowLimitHelp());
        rowLimitField.textProperty().bindBidirectional(viewModel.rowLimitTextProperty());
        rowLimitError.textProperty().bind(viewModel.rowLimitErrorProperty());
        showWhen(rowLimitError, rowLimitError.textProperty().isNotEmpty());
        dataDirectoryField.setText(viewModel.dataDirectoryText());
        preferencesFileField.setText(viewModel.preferencesFileText());
        aboutHeadline.setText("LoRaBench " + viewModel.about().version());
        versionLabel.setText(viewModel.about().version());
        javaLabel.setText(viewModel.about().javaVersion());
        javafxLabel.setText(viewModel.about().javafxVersion());
        osLabel.setText(viewModel.about().os());
        showWhen(appearanceSection, viewModel.visibleProperty(SettingsSection.APPEARANCE));
        showWhen(liveFramesSection, viewModel.visibleProperty(SettingsSection.LIVE_FRAMES));
        showWhen(dataSection, viewModel.visibleProperty(SettingsSection.DATA));
        showWhen(aboutSection, viewModel.visibleProperty(SettingsSection.ABOUT));
        nothingMatches.setText("No settings match the search.");
        showWhen(nothingMatches, viewModel.nothingMatchesProperty());
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private void selectTheme(ThemeChoice theme) {
        themeGroup.selectToggle(theme == ThemeChoice.DARK ? darkTheme : lightTheme);
    }
}
