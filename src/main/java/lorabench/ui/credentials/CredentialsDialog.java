// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.credentials;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import lorabench.ui.theme.Css;

/// Shows the API credentials in read-only fields with "Copy" buttons: on first start (the generated password is
/// shown once, as `lorabench serve` prints it) and from Help → API credentials.
public final class CredentialsDialog {
    private CredentialsDialog() {}

    /// Shows the dialog without blocking and without locking the main window.
    public static Dialog<ButtonType> show(ApiCredentials credentials, boolean firstRun) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("API credentials");
        dialog.setHeaderText(firstRun ? "LoRaBench created the administrator account" : "API credentials");
        dialog.initModality(Modality.NONE);
        Window owner = Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null);
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().pseudoClassStateChanged(Css.DARK,
                    owner.getScene().getRoot().getPseudoClassStates().contains(Css.DARK));
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Css.FORM_GRID);
        ColumnConstraints wide = new ColumnConstraints(320);
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(90), wide, new ColumnConstraints());
        int row = 0;
        for (List<String> entry : List.of(List.of("User", credentials.username(), "credentialsUser"),
                List.of("Password", credentials.password(), "credentialsPassword"),
                List.of("API", credentials.baseUrl(), "credentialsUrl"))) {
            TextField field = new TextField(entry.get(1));
            field.setEditable(false);
            field.setId(entry.get(2));
            field.getStyleClass().add(Css.MONO);
            Button copy = new Button("Copy");
            copy.setOnAction(e -> copy(field.getText()));
            Label label = new Label(entry.get(0));
            label.setLabelFor(field);
            grid.addRow(row++, label, field, copy);
        }
        Label note = new Label((firstRun ? "Keep this password: every HTTP API (the simulator's included) asks for it. "
                : "") + "It is stored in " + ApiCredentials.FILE_NAME + " in the data directory, readable by you "
                + "only. Try: " + credentials.curlExample());
        note.setWrapText(true);
        note.setMaxWidth(520);
        note.getStyleClass().add(Css.HINT);
        VBox box = new VBox(12, grid, note);
        box.getStyleClass().add(Css.CREDENTIALS);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.show();
        return dialog;
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
