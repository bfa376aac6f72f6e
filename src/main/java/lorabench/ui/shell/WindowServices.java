// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

import java.nio.file.Path;
import java.util.Objects;
import lorabench.ui.dialog.DialogService;
import lorabench.ui.settings.UiSettings;
import lorabench.ui.task.BackgroundTasks;

/// The main window's shared services, as menu commands and the start hook of a [lorabench.ui.UiContext] see them.
///
/// @param tasks         long work off the FX thread, with progress and cancel in the status bar
/// @param dialogs       information, error, confirmation and file dialogs owned by the main window
/// @param settings      the GUI preferences
/// @param dataDirectory the data directory
public record WindowServices(BackgroundTasks tasks, DialogService dialogs, UiSettings settings, Path dataDirectory) {
    public WindowServices {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
    }
}
