// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import java.util.List;
import java.util.Objects;
import lorabench.cli.UsageException;
import lorabench.ui.GuiOptions;
import lorabench.ui.LoraBenchApp;
import lorabench.ui.UiContext;
import lorabench.ui.frames.FrameFeed;
import lorabench.ui.frames.LiveFramesScreen;
import lorabench.ui.keys.KeysLabScreen;
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
    ///
    /// @throws UsageException when there is no display to open a window on (exit 2 with one line on stderr,
    ///                        instead of JavaFX's stack trace)
    public static void launch(GuiOptions options) {
        if (!hasDisplay(System.getenv(), System.getProperty("glass.platform"), System.getProperty("os.name"))) {
            throw new UsageException("cannot open the GUI: no display (DISPLAY is not set); run it on a desktop "
                    + "or under xvfb-run, or use a subcommand (lorabench --help)");
        }
        LoraBenchApp.launch(compose(options));
    }

    /// {@return whether a window can be opened: always off Linux/Unix, with an explicit glass platform
    /// (Monocle), or when an X11 or Wayland display is set}
    static boolean hasDisplay(java.util.Map<String, String> env, String glassPlatform, String osName) {
        if (glassPlatform != null && !glassPlatform.isBlank()) {
            return true;
        }
        String os = osName == null ? "" : osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    /// {@return the GUI's context: Live frames (manual entries until the server's feed is wired), Keys lab and
    /// Settings, and a server status of "not started"}
    static UiContext compose(GuiOptions options) {
        Objects.requireNonNull(options, "options");
        return new UiContext(options, List.of(LiveFramesScreen.descriptor(FrameFeed.none()), KeysLabScreen.descriptor(),
                SettingsScreen.descriptor()),
                StatusSource.fixed(ServerStatus.notStarted()), () -> {});
    }
}
