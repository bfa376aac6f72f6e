// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import java.util.List;
import java.util.Objects;
import lorabench.ui.GuiOptions;
import lorabench.ui.LoraBenchApp;
import lorabench.ui.UiContext;
import lorabench.ui.settings.SettingsScreen;
import lorabench.ui.status.ServerStatus;
import lorabench.ui.status.StatusSource;

/// Starts the GUI from the classpath. It does not extend `Application` (stack.md §9.1: launching an
/// `Application` subclass as the main class fails with "JavaFX runtime components are missing").
///
/// This is the GUI's composition: it registers the screens in rail order and the status source. Screens that
/// need the server are added here once the server is composed in.
public final class GuiLauncher {
    private GuiLauncher() {}

    /// Opens the main window and blocks until it is closed.
    public static void launch(GuiOptions options) {
        LoraBenchApp.launch(compose(options));
    }

    /// {@return the GUI's context: the Settings screen and a server status of "not started"}
    static UiContext compose(GuiOptions options) {
        Objects.requireNonNull(options, "options");
        return new UiContext(options, List.of(SettingsScreen.descriptor()),
                StatusSource.fixed(ServerStatus.notStarted()), () -> {});
    }
}
