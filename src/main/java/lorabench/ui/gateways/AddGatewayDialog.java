// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;
import lorabench.ui.FxmlViews;
import lorabench.ui.theme.Css;

/// The "Add virtual gateway" dialog around `AddGatewayForm.fxml`. "Add" stays disabled while the form is invalid
/// and closes the dialog only once the gateway is stored and on the air; a failure stays in the dialog.
final class AddGatewayDialog {
    private AddGatewayDialog() {}

    /// Shows the dialog (not blocking); `add` stores and connects the gateway.
    static Dialog<ButtonType> show(Window owner, AddGatewayFormViewModel form,
            Function<AddGatewayFormViewModel, CompletableFuture<?>> add) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Add virtual gateway");
        dialog.setHeaderText("Add a virtual gateway connected to the embedded server over UDP");
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
                dialog.getDialogPane().pseudoClassStateChanged(Css.DARK,
                        owner.getScene().getRoot().getPseudoClassStates().contains(Css.DARK));
            }
        }
        ButtonType addType = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(addType, ButtonType.CANCEL);
        GridPane content = FxmlViews.load("gateways/AddGatewayForm.fxml", new AddGatewayController(form));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStyleClass().add(Css.GATEWAY_FORM);
        Button addButton = (Button) dialog.getDialogPane().lookupButton(addType);
        addButton.setId("saveGatewayButton");
        addButton.disableProperty().bind(javafx.beans.binding.Bindings.not(form.validProperty()));
        addButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            addButton.disableProperty().unbind();
            addButton.setDisable(true);
            add.apply(form).whenComplete((ok, error) -> Platform.runLater(() -> {
                addButton.disableProperty().bind(javafx.beans.binding.Bindings.not(form.validProperty()));
                if (error == null) {
                    dialog.setResult(addType);
                    dialog.close();
                }
            }));
        });
        dialog.show();
        return dialog;
    }
}
