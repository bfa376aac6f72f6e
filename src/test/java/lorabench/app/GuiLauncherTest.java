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

class GuiLauncherTest {
    @Test
    void defaultCompositionRegistersOnlyRealScreensAndANotStartedServer() {
        UiContext ctx = GuiLauncher.compose(new GuiOptions(Path.of("data"), Optional.empty(), Optional.empty()));
        assertEquals(List.of(LiveFramesScreen.ID, KeysLabScreen.ID, SettingsScreen.ID),
                ctx.screens().stream().map(s -> s.id()).toList());
        assertEquals(ServerState.NOT_STARTED, ctx.status().status().get().state());
    }

    @Test
    void aLinuxWindowNeedsADisplayUnlessAGlassPlatformIsChosen() {
        assertFalse(GuiLauncher.hasDisplay(Map.of(), null, "Linux"));
        assertTrue(GuiLauncher.hasDisplay(Map.of("DISPLAY", ":99"), null, "Linux"));
        assertTrue(GuiLauncher.hasDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), null, "Linux"));
        assertTrue(GuiLauncher.hasDisplay(Map.of(), "Monocle", "Linux"));
        assertTrue(GuiLauncher.hasDisplay(Map.of(), null, "Windows 11"));
    }
}
