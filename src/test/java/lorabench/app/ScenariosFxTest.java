// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import lorabench.sim.scenario.ClockMode;
import lorabench.ui.GuiOptions;
import lorabench.ui.devices.DeviceRow;
import lorabench.ui.dialog.FakeDialogService;
import lorabench.ui.frames.FrameRow;
import lorabench.ui.scenarios.RunRow;
import lorabench.ui.scenarios.RunState;
import lorabench.ui.scenarios.RunSummary;
import lorabench.ui.scenarios.ScenarioFile;
import lorabench.ui.scenarios.ScenariosScreen;
import lorabench.ui.scenarios.SummaryLine;
import lorabench.ui.shell.MainWindow;
import lorabench.ui.theme.ThemeChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The Scenarios screen through the real main window (Monocle headless) over a real embedded server: opened with its
/// shortcut, it lists the shipped samples; a small scenario opened through Open… runs on virtual time to its summary,
/// then on real time against the GUI's server, whose Devices and Live frames screens show its devices and frames.
/// With `-Dlorabench.screenshots=DIR` it also saves the screen (`scenarios.png`, `scenarios-dark.png`).
@ExtendWith(ApplicationExtension.class)
class ScenariosFxTest {
    private static final long TIMEOUT = 90;
    private final FxTestKit fx = new FxTestKit(TIMEOUT);

    @TempDir
    static Path data;

    private final FakeDialogService dialogs = new FakeDialogService();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        this.stage = stage;
        var context = GuiLauncher.compose(new GuiOptions(data, Optional.empty(), Optional.of(ThemeChoice.LIGHT)),
                ServerOptions.defaults(data.resolve("server")).withEphemeralPorts(), (c, firstRun) -> { });
        window = new MainWindow(context, stage, dialogs);
        stage.setWidth(1280);
        stage.setHeight(800);
        window.show();
    }

    private Optional<RunRow> run(TableView<RunRow> runs, int number) throws Exception {
        return fx.onFx(() -> runs.getItems().stream().filter(r -> r.number() == number).findFirst());
    }

    @Test
    void runsASmallScenarioOnVirtualTimeToItsSummaryThenOnRealTimeAgainstThisServer(FxRobot robot) throws Exception {
        fx.waitFor("the server to run", () -> robot.lookup("Server: running").tryQuery().isPresent());
        Path tiny = Files.writeString(data.resolve("tiny.json"), lorabench.ui.scenarios.TestScenarios.TINY);

        // Ctrl+n selects the n-th screen of the rail, as for every other screen
        int index = fx.onFx(() -> window.viewModel().items().stream().map(i -> i.id()).toList()
                .indexOf(ScenariosScreen.ID));
        assertTrue(index >= 0 && index < 9, "the screen has a Ctrl+digit shortcut: " + index);
        robot.push(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(index + 1)),
                KeyCombination.SHORTCUT_DOWN));
        fx.waitFor("the screen", () -> fx.onFx(() -> window.viewModel().selectedProperty().get().id()
                .equals(ScenariosScreen.ID)));
        @SuppressWarnings("unchecked")
        ListView<ScenarioFile> files = robot.lookup(".lb-scenario-list").queryAs(ListView.class);
        fx.waitFor("the shipped samples", () -> fx.onFx(() -> files.getItems().stream()
                .anyMatch(f -> f.sample() && f.title().equals("EU868 demo"))));

        dialogs.chosenFile = Optional.of(tiny);
        robot.clickOn("#openScenarioButton");
        fx.waitFor("the opened scenario described", () -> fx.text(robot, "#nameLabel").equals("Tiny"));
        assertEquals("7", fx.text(robot, "#seedLabel"));
        assertEquals("2", fx.text(robot, "#devicesLabel"));
        assertEquals("1", fx.text(robot, "#gatewaysLabel"));
        assertEquals("20 min", fx.text(robot, "#durationLabel"));

        robot.clickOn("#runScenarioButton");
        TableView<RunRow> runs = fx.table(robot, ".lb-runs-table");
        fx.waitFor("the virtual-time run to finish", () -> run(runs, 1).map(r -> r.state().ended()).orElse(false));
        RunRow virtual = run(runs, 1).orElseThrow();
        assertEquals(RunState.FINISHED, virtual.state(), virtual::toString);
        TableView<SummaryLine> summary = fx.table(robot, ".lb-summary-table");
        fx.waitFor("the summary", () -> fx.onFx(() -> summary.getItems().stream()
                .anyMatch(l -> l.key().equals("state") && l.value().equals("finished"))));
        assertTrue(fx.onFx(() -> summary.getItems().stream().anyMatch(l -> l.key().equals("packetErrorRate"))));
        TableView<RunSummary.Airtime> airtime = fx.table(robot, ".lb-airtime-table");
        assertEquals(2, fx.onFx(() -> airtime.getItems().size()), "airtime per device");
        assertEquals(1.0, fx.onFx(() -> robot.lookup(".lb-run-progress")
                .queryAs(javafx.scene.control.ProgressBar.class).getProgress()));
        FxTestKit.snapBothThemes(robot, window, "scenarios");

        // the same scenario on real time: its devices go into this server's store and its gateway talks UDP to it
        robot.clickOn("#clockChoice").clickOn("Real time, this server");
        robot.clickOn("#runScenarioButton");
        fx.waitFor("the real-time run listed", () -> run(runs, 2).isPresent());
        assertEquals(ClockMode.REAL, run(runs, 2).orElseThrow().clock());
        fx.waitFor("joins and uplinks on real time", () -> run(runs, 2).flatMap(RunRow::report)
                .map(r -> r.joins() == 2 && r.uplinksDelivered() >= 1).orElse(false));
        robot.clickOn("#stopScenarioButton");
        fx.waitFor("the real-time run to stop", () -> run(runs, 2).map(r -> r.state() == RunState.STOPPED)
                .orElse(false));
        assertEquals(RunState.FINISHED, run(runs, 1).orElseThrow().state(), "the first run is still listed");

        robot.interact(() -> window.viewModel().select("devices"));
        TableView<DeviceRow> devices = fx.table(robot, "#deviceTable");
        try {
            fx.waitFor("the scenario's devices on the Devices screen", () -> fx.onFx(() -> devices.getItems().stream()
                    .filter(r -> r.device().devEui().toString().startsWith("70B3D57ED0AA")).count() == 2));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the screen says '" + fx.text(robot, "#summaryLabel")
                    + "', rows " + fx.onFx(() -> devices.getItems().stream().map(r -> r.device().devEui()).toList()), e);
        }
        robot.interact(() -> window.viewModel().select("live-frames"));
        TableView<FrameRow> frames = fx.table(robot, ".lb-frames-table");
        fx.waitFor("their frames in Live frames", () -> fx.onFx(() -> frames.getItems().stream()
                .anyMatch(f -> f.mType().equals("JoinRequest"))));
        assertTrue(dialogs.shown.stream().noneMatch(s -> s.startsWith("error")), dialogs.shown::toString);
        robot.interact(stage::close);
    }

}
