// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.property.StringProperty;
import lorabench.ui.dialog.DialogService;
import lorabench.ui.settings.UiSettings;
import lorabench.ui.task.BackgroundTasks;

/// What the shell hands to a [ScreenFactory]: the screen's own search text and the shared GUI services.
///
/// @param searchText    this screen's search/filter text, bound to the shell's search field while the screen
///                      is selected (each screen keeps its own text); bind a filter predicate to it
/// @param tasks         runs long work off the FX thread with progress in the status bar
/// @param dialogs       information, error, confirmation and file dialogs
/// @param settings      GUI preferences (theme, Live frames row limit, divider positions)
/// @param dataDirectory the data directory (`~/.lorabench` by default)
/// @param navigator     selects another screen by id (false when there is none), for actions that continue on
///                      another screen, e.g. "Keys lab" on a join selected in Live frames
public record ScreenContext(StringProperty searchText, BackgroundTasks tasks, DialogService dialogs,
        UiSettings settings, Path dataDirectory, Predicate<String> navigator) {
    public ScreenContext {
        Objects.requireNonNull(searchText, "searchText");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(navigator, "navigator");
    }

    /// A context whose screen cannot select another one (a screen shown on its own, as in tests).
    public ScreenContext(StringProperty searchText, BackgroundTasks tasks, DialogService dialogs, UiSettings settings,
            Path dataDirectory) {
        this(searchText, tasks, dialogs, settings, dataDirectory, id -> false);
    }

    /// Selects the screen `id`. {@return false when it is not registered}
    public boolean navigate(String id) {
        return navigator.test(id);
    }
}
