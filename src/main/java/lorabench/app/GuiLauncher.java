// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import lorabench.cli.UsageException;
import lorabench.ui.GuiOptions;
import lorabench.ui.LoraBenchApp;
import lorabench.ui.UiContext;
import java.util.ArrayList;
import java.util.function.BiConsumer;
import lorabench.ui.credentials.ApiCredentials;
import lorabench.ui.credentials.CredentialsDialog;
import lorabench.ui.dashboard.DashboardScreen;
import lorabench.ui.devices.DeviceScreenServices;
import lorabench.ui.devices.DevicesScreen;
import lorabench.ui.downlinks.DownlinksScreen;
import lorabench.ui.gateways.GatewaysScreen;
import lorabench.ui.push.PushTargetsScreen;
import lorabench.ui.scenarios.ScenarioFiles;
import lorabench.ui.scenarios.ScenariosScreen;
import lorabench.ui.export.ExportMenu;
import lorabench.ui.shell.MenuCommand;
import lorabench.ui.shell.Screen;
import lorabench.ui.frames.LiveFramesScreen;
import lorabench.ui.keys.JoinHandoff;
import lorabench.ui.keys.KeysLabScreen;
import lorabench.ui.settings.SettingsScreen;

/// Starts the GUI from the classpath. It does not extend `Application` (stack.md §9.1: launching an
/// `Application` subclass as the main class fails with "JavaFX runtime components are missing").
///
/// This is the GUI's composition: the embedded server (started in-process off the FX thread once the window
/// shows), the screens in rail order, the menu entries and the status source.
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

    /// {@return the GUI's context with the embedded server in `options.dataDirectory()` on the default ports}
    static UiContext compose(GuiOptions options) {
        Objects.requireNonNull(options, "options");
        return compose(options, ServerOptions.defaults(options.dataDirectory()), CredentialsDialog::show);
    }

    /// {@return the GUI's context}: the rail's screens in order, the File and Help menu entries, the embedded server
    /// (started once the window shows, stopped on exit) and its status
    static UiContext compose(GuiOptions options, ServerOptions serverOptions,
            BiConsumer<ApiCredentials, Boolean> credentialsPresenter) {
        GuiServer server = new GuiServer(serverOptions, credentialsPresenter);
        DeviceScreenServices devices = server.deviceServices();
        JoinHandoff joinsToKeysLab = new JoinHandoff();
        GuiScenarioEngine scenarios = new GuiScenarioEngine(server.server());
        List<Screen> screens = List.of(
                DashboardScreen.descriptor(new ServerDashboardSource(server.server())),
                DevicesScreen.descriptor(devices),
                LiveFramesScreen.descriptor(new ServerFrameFeed(server.server()), joinsToKeysLab),
                DownlinksScreen.descriptor(devices),
                GatewaysScreen.descriptor(server.gatewaySource()),
                PushTargetsScreen.descriptor(server.server()),
                ScenariosScreen.descriptor(scenarios, ScenarioFiles.findSamples(Path.of(""), GuiLauncher.class)),
                KeysLabScreen.descriptor(joinsToKeysLab),
                SettingsScreen.descriptor());
        List<MenuCommand> menu = new ArrayList<>(ExportMenu.commands(server.server().thenApply(
                LoraBenchServer::database)));
        menu.add(MenuCommand.of(MenuCommand.Menu.HELP, "api-credentials", "API _credentials\u2026", window ->
                server.credentials().ifPresentOrElse(c -> credentialsPresenter.accept(c, false),
                        () -> window.dialogs().showInformation("API credentials", "No credentials file in "
                                + serverOptions.dataDir() + " yet: the server creates it when it first starts."))));
        Runnable onExit = () -> {
            scenarios.close();
            server.close();
        };
        return new UiContext(options, screens, server.status(), onExit, menu, server::start);
    }
}
