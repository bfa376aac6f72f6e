// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import lorabench.server.provisioning.Rejection;
import lorabench.ui.theme.Css;

/// Shows an [ImportReport]: the summary and, per rejected row, its line, the field at fault and why.
final class ImportReportDialog {
    private ImportReportDialog() {}

    /// Shows the report (not blocking).
    static Dialog<ButtonType> show(Window owner, ImportReport report) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Import report");
        dialog.setHeaderText(report.summary());
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
                dialog.getDialogPane().pseudoClassStateChanged(Css.DARK,
                        owner.getScene().getRoot().getPseudoClassStates().contains(Css.DARK));
            }
        }
        TableView<Rejection> table = new TableView<>();
        table.setId("importErrorTable");
        table.getStyleClass().add(Css.IMPORT_ERRORS);
        TableColumn<Rejection, Number> line = new TableColumn<>("Line");
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        line.setPrefWidth(60);
        TableColumn<Rejection, String> field = new TableColumn<>("Field");
        field.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().field().orElse("(row)")));
        field.setPrefWidth(120);
        TableColumn<Rejection, String> reason = new TableColumn<>("Reason");
        reason.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reason()));
        reason.setPrefWidth(560);
        table.getColumns().setAll(java.util.List.of(line, field, reason));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefWidth(760);
        table.getItems().setAll(report.result().rejected());
        table.setPrefHeight(report.result().rejected().isEmpty() ? 80 : 260);
        table.setPlaceholder(new Label("Every row was imported."));
        dialog.getDialogPane().setContent(new VBox(8, table));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.show();
        return dialog;
    }
}
