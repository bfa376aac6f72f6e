// SPDX-License-Identifier: Apache-2.0
package lorabench.ui;

import java.util.List;
import java.util.Objects;
import lorabench.ui.shell.Screen;
import lorabench.ui.status.StatusSource;

/// Everything the composition root passes into the GUI: the options, the screens of the navigation rail (in
/// order), the server's status, and what to run when the window has closed (stop the server, close stores).
/// The GUI does not know the server: screens capture the services they need in their factories.
///
/// @param options  data directory, snapshot and theme
/// @param screens  the rail entries; only real, working screens are registered
/// @param status   observed by the status bar
/// @param onExit   runs once on the FX thread after the main window closed, before the toolkit exits
public record UiContext(GuiOptions options, List<Screen> screens, StatusSource status, Runnable onExit) {
    public UiContext {
        Objects.requireNonNull(options, "options");
        screens = List.copyOf(screens);
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("register at least one screen");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(onExit, "onExit");
    }
}
