// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.util.Objects;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/// Binds `AddGatewayForm.fxml` to an [AddGatewayFormViewModel].
public final class AddGatewayController {
    private final AddGatewayFormViewModel form;

    @FXML private GridPane grid;
    @FXML private TextField euiField;
    @FXML private TextField nameField;
    @FXML private TextField latitudeField;
    @FXML private TextField longitudeField;
    @FXML private TextField altitudeField;
    @FXML private Label euiError;
    @FXML private Label nameError;
    @FXML private Label latitudeError;
    @FXML private Label longitudeError;
    @FXML private Label altitudeError;
    @FXML private Label saveError;

    public AddGatewayController(AddGatewayFormViewModel form) {
        this.form = Objects.requireNonNull(form, "form");
    }

    @FXML
    private void initialize() {
        euiField.textProperty().bindBidirectional(form.euiProperty());
        nameField.textProperty().bindBidirectional(form.nameProperty());
        latitudeField.textProperty().bindBidirectional(form.latitudeProperty());
        longitudeField.textProperty().bindBidirectional(form.longitudeProperty());
        altitudeField.textProperty().bindBidirectional(form.altitudeProperty());
        error(euiError, form.euiErrorProperty());
        error(nameError, form.nameErrorProperty());
        error(latitudeError, form.latitudeErrorProperty());
        error(longitudeError, form.longitudeErrorProperty());
        error(altitudeError, form.altitudeErrorProperty());
        error(saveError, form.saveErrorProperty());
    }

    private static void error(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void generate() {
        form.generateEui();
    }
}
