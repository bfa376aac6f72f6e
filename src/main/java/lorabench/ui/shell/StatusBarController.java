// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import lorabench.ui.status.ServerState;
import lorabench.ui.theme.Css;

/// Binds `StatusBar.fxml` to a [StatusBarViewModel].
public final class StatusBarController {
    private final StatusBarViewModel viewModel;

    @FXML private HBox statusBar;
    @FXML private Region serverDot;
    @FXML private Label serverLabel;
    @FXML private Separator portsSeparator;
    @FXML private Label portsLabel;
    @FXML private Label databaseLabel;
    @FXML private Label gatewaysLabel;
    @FXML private Label devicesLabel;
    @FXML private Label framesLabel;
    @FXML private HBox taskArea;
    @FXML private Label taskLabel;
    @FXML private ProgressBar taskProgress;
    @FXML private Button cancelTaskButton;

    public StatusBarController(StatusBarViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        serverLabel.textProperty().bind(viewModel.serverTextProperty());
        portsLabel.textProperty().bind(viewModel.portsTextProperty());
        portsLabel.visibleProperty().bind(viewModel.portsTextProperty().isNotEmpty());
        portsLabel.managedProperty().bind(portsLabel.visibleProperty());
        portsSeparator.visibleProperty().bind(portsLabel.visibleProperty());
        portsSeparator.managedProperty().bind(portsLabel.visibleProperty());
        databaseLabel.textProperty().bind(viewModel.databaseTextProperty());
        gatewaysLabel.textProperty().bind(viewModel.gatewaysTextProperty());
        devicesLabel.textProperty().bind(viewModel.devicesTextProperty());
        framesLabel.textProperty().bind(viewModel.framesTextProperty());
        taskArea.visibleProperty().bind(viewModel.taskVisibleProperty());
        taskArea.managedProperty().bind(viewModel.taskVisibleProperty());
        taskLabel.textProperty().bind(viewModel.taskTextProperty());
        taskProgress.progressProperty().bind(viewModel.taskProgressProperty());
        showState(viewModel.serverStateProperty().get());
        viewModel.serverStateProperty().addListener((obs, old, now) -> showState(now));
    }

    private void showState(ServerState state) {
        serverDot.pseudoClassStateChanged(Css.RUNNING, state == ServerState.RUNNING);
        serverDot.pseudoClassStateChanged(Css.BUSY, state == ServerState.STARTING || state == ServerState.STOPPING);
        serverDot.pseudoClassStateChanged(Css.FAILED, state == ServerState.FAILED);
    }

    @FXML
    private void cancelTask() {
        viewModel.cancelTask();
    }
}
