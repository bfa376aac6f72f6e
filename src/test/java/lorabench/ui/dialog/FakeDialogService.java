// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.dialog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// A [DialogService] for tests: records what would have been shown and answers with preset replies.
public final class FakeDialogService implements DialogService {
    public final List<String> shown = new ArrayList<>();
    public boolean confirm = true;
    public Optional<Path> chosenFile = Optional.empty();

    @Override
    public void showInformation(String title, String message) {
        shown.add("info: " + title);
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        shown.add("error: " + title + ": " + message);
    }

    @Override
    public void showError(String title, String message) {
        shown.add("error: " + title + ": " + message);
    }

    @Override
    public boolean showConfirmation(String title, String message, String confirmLabel) {
        shown.add("confirm: " + title);
        return confirm;
    }

    @Override
    public Optional<Path> showSaveDialog(FileDialogSpec spec) {
        shown.add("save: " + spec.title());
        return chosenFile;
    }

    @Override
    public Optional<Path> showOpenDialog(FileDialogSpec spec) {
        shown.add("open: " + spec.title());
        return chosenFile;
    }
}
