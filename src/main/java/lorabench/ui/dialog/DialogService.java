// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.dialog;

import java.nio.file.Path;
import java.util.Optional;

/// Every dialog a view model may need (JabRef's `DialogService`): view models call this interface, tests
/// pass a fake, and [FxDialogService] shows real JavaFX dialogs owned by the main window. All methods are
/// called on the FX thread and block (nested event loop) until the user answers.
public interface DialogService {
    void showInformation(String title, String message);

    /// Shows an error; the details (stack trace) are in an expandable area.
    void showError(String title, String message, Throwable details);

    /// Shows an error without technical details.
    void showError(String title, String message);

    /// {@return whether the user confirmed; `confirmLabel` names the action, e.g. "Delete"}
    boolean showConfirmation(String title, String message, String confirmLabel);

    /// {@return the file chosen to save to, or empty when cancelled}
    Optional<Path> showSaveDialog(FileDialogSpec spec);

    /// {@return the file chosen to open, or empty when cancelled}
    Optional<Path> showOpenDialog(FileDialogSpec spec);
}
