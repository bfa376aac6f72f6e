// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lorabench.ui.GuiOptions;
import lorabench.ui.UiContext;
import lorabench.ui.frames.LiveFramesScreen;
import lorabench.ui.keys.KeysLabScreen;
import lorabench.ui.settings.SettingsScreen;
import lorabench.ui.status.ServerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import lorabench.ui.dashboard.DashboardScreen;
import lorabench.ui.devices.DevicesScreen;
import lorabench.ui.downlinks.DownlinksScreen;

class GuiLauncherTest {
    @Test
    void defaultCompositionRegistersTheScreensMenusAndANotYetStartedServer(@TempDir Path data) {
        UiContext ctx = GuiLauncher.compose(new GuiOptions(data, Optional.empty(), Optional.empty()));
        try {
            assertEquals(List.of(DashboardScreen.ID, DevicesScreen.ID, LiveFramesScreen.ID, DownlinksScreen.ID,
                    lorabench.ui.gateways.GatewaysScreen.ID, lorabench.ui.push.PushTargetsScreen.ID,
                    lorabench.ui.scenarios.ScenariosScreen.ID, KeysLabScreen.ID,
                    SettingsScreen.ID), ctx.screens().stream().map(s -> s.id()).toList());
            assertEquals(List.of("export-pcap", "export-jsonl", "export-csv", "api-credentials"),
                    ctx.menuCommands().stream().map(c -> c.id()).toList());
            assertEquals(ServerState.NOT_STARTED, ctx.status().status().get().state(),
                    "the server starts only once the window is shown");
        } finally {
            ctx.onExit().run();
        }
    }

    @Test
    void aLinuxWindowNeedsADisplayUnlessAGlassPlatformIsChosen() {
        assertFalse(GuiLauncher.hasDisplay(Map.of(), null, "Linux"));
        assertTrue(GuiLauncher.hasDisplay(Map.of("DISPLAY", ":99"), null, "Linux"));
        assertTrue(GuiLauncher.hasDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), null, "Linux"));
        assertTrue(GuiLauncher.hasDisplay(Map.of(), "Monocle", "Linux"));
        assertTrue(GuiLauncher.hasDisplay(Map.of(), null, "Windows 11"));
    }

    @Test
    void theStatusBarNamesTheStoreBrieflyAndWithoutCredentials() {
        assertEquals("H2 /data/lorabench", GuiServer.databaseText(lorabench.store.DatabaseConfig.h2File(
                Path.of("/data"))));
        assertEquals("PostgreSQL db.example:5432/bench", GuiServer.databaseText(lorabench.store.DatabaseConfig.jdbc(
                "jdbc:postgresql://db.example:5432/bench?sslmode=require", "u", "secret")));
    }
}
