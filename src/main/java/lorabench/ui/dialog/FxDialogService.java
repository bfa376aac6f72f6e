// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.dialog;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import lorabench.ui.theme.Css;

/// [DialogService] over JavaFX [Alert]s and [FileChooser], owned by the window `owner` returns.
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        StringWriter trace = new StringWriter();
        details.printStackTrace(new PrintWriter(trace));
        TextArea area = new TextArea(trace.toString());
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(14);
        area.getStyleClass().add(Css.ERROR_DETAILS);
        alert.getDialogPane().setExpandableContent(area);
        alert.showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public boolean showConfirmation(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public Optional<Path> showSaveDialog(FileDialogSpec spec) {
        return Optional.ofNullable(chooser(spec).showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> showOpenDialog(FileDialogSpec spec) {
        return Optional.ofNullable(chooser(spec).showOpenDialog(owner.get())).map(File::toPath);
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
            alert.initModality(Modality.WINDOW_MODAL);
            if (window.getScene() != null) {
                alert.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
                boolean dark = window.getScene().getRoot().getPseudoClassStates().contains(Css.DARK);
                alert.getDialogPane().pseudoClassStateChanged(Css.DARK, dark);
            }
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        return alert;
    }

    private static FileChooser chooser(FileDialogSpec spec) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(spec.title());
        spec.initialDirectory().map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        if (!spec.initialFileName().isEmpty()) {
            chooser.setInitialFileName(spec.initialFileName());
        }
        spec.filters().forEach(f ->
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns())));
        return chooser;
    }
}
