// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import lorabench.ui.GuiOptions;
import lorabench.ui.SceneSnapshot;
import lorabench.ui.UiContext;
import lorabench.ui.dialog.FakeDialogService;
import lorabench.ui.keys.KeysLabScreen;
import lorabench.ui.settings.SettingsScreen;
import lorabench.ui.shell.MainWindow;
import lorabench.ui.status.ServerStatus;
import lorabench.ui.status.StatusSource;
import lorabench.ui.theme.ThemeChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Renders the Live frames and Keys lab screens with content (a join and a few data frames; a derivation and a
/// MIC check) in both themes, for `docs/screenshots/`. Runs only with `-Dlorabench.screenshots=DIR`
/// (`scripts/screenshot.sh filled`).
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "lorabench.screenshots", matches = ".+")
class ScreenshotsFxTest {
    @TempDir
    static Path data;

    private final List<Consumer<CapturedFrame>> subscribers = new CopyOnWriteArrayList<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        FrameFeed feed = c -> {
            subscribers.add(c);
            return () -> subscribers.remove(c);
        };
        window = new MainWindow(new UiContext(new GuiOptions(data, Optional.empty(), Optional.empty()),
                List.of(LiveFramesScreen.descriptor(feed), KeysLabScreen.descriptor(), SettingsScreen.descriptor()),
                StatusSource.fixed(ServerStatus.notStarted()), () -> {}), stage, new FakeDialogService());
        window.show();
    }

    private void snapshot(FxRobot robot, String name) throws Exception {
        Path dir = Path.of(System.getProperty("lorabench.screenshots"));
        for (ThemeChoice theme : ThemeChoice.values()) {
            robot.interact(() -> window.settings().themeProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents(5);
            Path file = dir.resolve(name + (theme.isDark() ? "-dark" : "") + ".png");
            robot.interact(() -> {
                try {
                    SceneSnapshot.writePng(window.scene(), file);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(Files.size(file) > 10_000, file + " looks empty");
        }
    }

    private static void set(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    @Test
    void liveFramesWithAJoinAndDataFrames(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().select(LiveFramesScreen.ID));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !subscribers.isEmpty());
        SampleFrames.exchange(Instant.parse("2026-03-01T09:41:07.250Z"))
                .forEach(f -> subscribers.forEach(s -> s.accept(f)));
        @SuppressWarnings("unchecked")
        TableView<FrameRow> table = robot.lookup(".lb-frames-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> table.getItems().size() == 8).get());
        robot.interact(() -> table.getSelectionModel().select(3));
        Node fOpts = robot.lookup(".lb-tree-name").match((Label l) -> l.getText().equals("FOpts")).query();
        robot.clickOn(fOpts);
        snapshot(robot, "live-frames");
    }

    @Test
    void keysLabWithADerivationAndAMicCheck(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().select(KeysLabScreen.ID));
        set(robot, "#appKeyField", SampleFrames.APP_KEY.toHex());
        set(robot, "#joinNonceField", SampleFrames.JOIN_NONCE.toString());
        set(robot, "#netIdField", SampleFrames.NET_ID.toString());
        set(robot, "#devNonceField", SampleFrames.DEV_NONCE.toString());
        robot.clickOn("#deriveButton");
        set(robot, "#phyField", SampleFrames.uplinkWithLinkCheck().toHex());
        robot.interact(() -> robot.lookup("#useDerivedButton").queryButton().fire());
        snapshot(robot, "keys-lab");
        robot.interact(() -> robot.lookup(".lb-lab-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        snapshot(robot, "keys-lab-mic");
    }
}
