// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import lorabench.ui.GuiOptions;
import lorabench.ui.UiContext;
import lorabench.ui.dialog.FakeDialogService;
import lorabench.ui.settings.SettingsScreen;
import lorabench.ui.settings.UiPreferences;
import lorabench.ui.settings.UiPreferencesStore;
import lorabench.ui.status.StatusSource;
import lorabench.ui.status.ServerStatus;
import lorabench.ui.theme.Css;
import lorabench.ui.theme.ThemeChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Smoke tests of the real main window (Monocle headless under `mvn test` without DISPLAY).
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    @TempDir
    static Path data;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final AtomicInteger probeSuccesses = new AtomicInteger();
    private final CountDownLatch probeStarted = new CountDownLatch(1);
    private MainWindow window;
    private Stage stage;

    /// A second real screen for navigation: a label plus a toolbar button that starts a task which runs until
    /// it is cancelled.
    private Screen probe() {
        return Screen.of("probe", "Probe", Icons.FRAMES, ctx -> {
            Label label = new Label("probe screen");
            label.setId("probeLabel");
            label.textProperty().bind(ctx.searchText());
            Button start = new Button("Start task");
            start.setId("startTaskButton");
            start.setOnAction(e -> ctx.tasks().run("Long job", p -> {
                p.update(3, 10);
                p.message("step 3");
                probeStarted.countDown();
                new CountDownLatch(1).await();
                return "finished";
            }, r -> probeSuccesses.incrementAndGet()));
            return ScreenView.of(new StackPane(label), start);
        }).withSearch("Filter probe");
    }

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        this.stage = stage;
        window = open(stage);
        window.show();
    }

    private MainWindow open(Stage target) {
        UiContext context = new UiContext(new GuiOptions(data, Optional.empty(), Optional.empty()),
                List.of(SettingsScreen.descriptor(), probe()), StatusSource.fixed(ServerStatus.notStarted()), () -> {});
        return new MainWindow(context, target, dialogs);
    }

    private String selectedId() {
        return window.viewModel().selectedProperty().get().id();
    }

    @Test
    void clickingTheRailAndDigitShortcutsSwitchScreens(FxRobot robot) {
        robot.clickOn("Probe");
        assertEquals("probe", selectedId());
        assertTrue(robot.lookup("#probeLabel").tryQuery().isPresent());
        assertTrue(robot.lookup("#startTaskButton").tryQuery().isPresent(), "the screen's toolbar action is shown");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("settings", selectedId());
        assertTrue(robot.lookup("#resetSettingsButton").tryQuery().isPresent());
        assertFalse(robot.lookup("#startTaskButton").tryQuery().isPresent());
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("probe", selectedId());
        assertEquals("LoRaBench \u2014 Probe", stage.getTitle());
    }

    @Test
    void theRailIsKeyboardAccessible(FxRobot robot) {
        ListView<?> rail = robot.lookup(".lb-nav-rail").queryAs(ListView.class);
        robot.interact(() -> window.viewModel().select("settings"));
        robot.clickOn(rail).type(KeyCode.DOWN);
        assertEquals("probe", selectedId());
        robot.type(KeyCode.UP);
        assertEquals("settings", selectedId());
    }

    @Test
    void ctrlFFocusesTheSearchFieldAndItsTextFiltersTheActiveScreen(FxRobot robot) {
        robot.interact(() -> window.viewModel().select("probe"));
        robot.push(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        TextField search = robot.lookup(".lb-search").queryAs(TextField.class);
        assertTrue(search.isFocused());
        robot.write("70B3");
        assertEquals("70B3", robot.lookup("#probeLabel").queryAs(Label.class).getText());
        robot.interact(() -> window.viewModel().select("settings"));
        assertEquals("", search.getText(), "each screen keeps its own search text");
        robot.interact(() -> window.viewModel().select("probe"));
        assertEquals("70B3", search.getText());
    }

    @Test
    void shortcutTogglesTheThemeAndTheChoiceIsRemembered(FxRobot robot) {
        ThemeChoice before = window.settings().themeProperty().get();
        robot.push(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        ThemeChoice after = window.settings().themeProperty().get();
        assertEquals(before.toggled(), after);
        assertEquals(after.isDark(), window.scene().getRoot().getPseudoClassStates().contains(Css.DARK));
        assertEquals(after, UiPreferencesStore.inDataDirectory(data).load().theme());
        robot.push(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, window.settings().themeProperty().get());
    }

    @Test
    void settingsScreenChangesThemeAndRowLimit(FxRobot robot) {
        robot.interact(() -> window.viewModel().select("settings"));
        robot.interact(() -> window.settings().themeProperty().set(ThemeChoice.LIGHT));
        robot.clickOn("Dark");
        assertEquals(ThemeChoice.DARK, window.settings().themeProperty().get());
        robot.clickOn("Light");
        assertEquals(ThemeChoice.LIGHT, window.settings().themeProperty().get());
        TextField rowLimit = robot.lookup(".lb-settings-page .text-field").queryAs(TextField.class);
        robot.doubleClickOn(rowLimit).interact(rowLimit::selectAll);
        robot.write("2500");
        assertEquals(2500, window.settings().liveFramesRowLimitProperty().get());
        assertEquals(2500, UiPreferencesStore.inDataDirectory(data).load().liveFramesRowLimit());
        robot.interact(() -> rowLimit.setText(String.valueOf(UiPreferences.DEFAULT_ROW_LIMIT)));
    }

    @Test
    void closingSavesThePreferencesAndANewWindowRestoresThem(FxRobot robot) {
        robot.interact(() -> {
            window.viewModel().select("probe");
            stage.setWidth(1111);
            stage.setHeight(777);
        });
        robot.interact(stage::close);
        UiPreferences saved = UiPreferencesStore.inDataDirectory(data).load();
        assertEquals("probe", saved.lastScreen());
        assertEquals(1111, saved.window().width());
        assertEquals(777, saved.window().height());
        robot.interact(() -> {
            window = open(stage);
            window.show();
        });
        assertEquals("probe", selectedId());
        assertEquals(1111, stage.getWidth());
        assertEquals(777, stage.getHeight());
        assertEquals("probe", robot.lookup(".lb-nav-rail").queryAs(ListView.class)
                .getSelectionModel().getSelectedItem() instanceof NavItem n ? n.id() : "");
    }

    @Test
    void aBackgroundTaskShowsProgressInTheStatusBarAndCanBeCancelled(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().select("probe"));
        robot.clickOn("#startTaskButton");
        assertTrue(probeStarted.await(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup(".lb-task-area").query().isVisible()
                        && robot.lookup(".lb-task-area .progress-bar").queryAs(ProgressBar.class).getProgress() == 0.3);
        assertTrue(robot.lookup("Long job: step 3").tryQuery().isPresent());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup(".lb-task-area").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, probeSuccesses.get());
        assertTrue(dialogs.shown.isEmpty(), "a cancelled task reports no failure");
    }

    @Test
    void f1ShowsTheAboutDialogAndTheStatusBarShowsTheServer(FxRobot robot) {
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("info: About LoRaBench"), dialogs.shown);
        assertTrue(robot.lookup("Server: not started").tryQuery().isPresent());
    }
}
