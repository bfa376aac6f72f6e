// SPDX-License-Identifier: Apache-2.0
package lorabench.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import lorabench.ui.shell.MenuCommand;
import lorabench.ui.shell.Screen;
import lorabench.ui.shell.WindowServices;
import lorabench.ui.status.StatusSource;

/// Everything the composition root passes into the GUI: the options, the screens of the navigation rail (in
/// order), the server's status, menu entries, what to run once the window is shown (start the embedded server)
/// and what to run when the window has closed (stop the server, close stores). The GUI does not know the server:
/// screens and menu commands capture the services they need.
///
/// @param options      data directory, snapshot and theme
/// @param screens      the rail entries; only real, working screens are registered
/// @param status       observed by the status bar
/// @param onExit       runs once on the FX thread after the main window closed, before the toolkit exits
/// @param menuCommands extra File and Help menu entries
/// @param onShown      runs once on the FX thread right after the main window is first shown
public record UiContext(GuiOptions options, List<Screen> screens, StatusSource status, Runnable onExit,
        List<MenuCommand> menuCommands, Consumer<WindowServices> onShown) {
    public UiContext {
        Objects.requireNonNull(options, "options");
        screens = List.copyOf(screens);
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("register at least one screen");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(onExit, "onExit");
        menuCommands = List.copyOf(menuCommands);
        Objects.requireNonNull(onShown, "onShown");
    }

    /// A context without menu entries and without a start hook.
    public UiContext(GuiOptions options, List<Screen> screens, StatusSource status, Runnable onExit) {
        this(options, screens, status, onExit, List.of(), services -> {});
    }
}
