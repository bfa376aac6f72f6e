// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import lorabench.server.provisioning.Rejection;
import lorabench.store.Downlink;
import lorabench.store.DownlinkStatus;
import lorabench.ui.GuiOptions;
import lorabench.ui.credentials.ApiCredentials;
import lorabench.ui.devices.DeviceRow;
import lorabench.ui.devices.JoinAttempt;
import lorabench.ui.dialog.FakeDialogService;
import lorabench.ui.frames.FrameRow;
import lorabench.ui.shell.MainWindow;
import lorabench.ui.theme.ThemeChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The whole bench through the real main window (Monocle headless): `GuiLauncher.compose` with a real embedded
/// server in a temporary directory on ephemeral ports. Adds a virtual OTAA device (and with it a virtual gateway
/// that connects over UDP), joins, sends an uplink and sees it in Live frames and in the device's row, queues a
/// downlink and sees it delivered, imports a CSV with a bad row, and exports a pcap from the File menu. With
/// `-Dlorabench.screenshots=DIR` it also saves the screens with this content (`scripts/screenshot.sh filled`).
@ExtendWith(ApplicationExtension.class)
class GuiFlowFxTest {
    private static final long TIMEOUT = 60;
    private final FxTestKit fx = new FxTestKit(TIMEOUT);

    @TempDir
    static Path data;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<ApiCredentials> shownCredentials = new CopyOnWriteArrayList<>();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        this.stage = stage;
        var context = GuiLauncher.compose(new GuiOptions(data, Optional.empty(), Optional.of(ThemeChoice.LIGHT)),
                ServerOptions.defaults(data.resolve("server")).withEphemeralPorts(),
                (c, firstRun) -> shownCredentials.add(c));
        window = new MainWindow(context, stage, dialogs);
        stage.setWidth(1280);
        stage.setHeight(800);
        window.show();
    }

    @Test
    void addJoinUplinkDownlinkImportAndExportThroughTheMainWindow(FxRobot robot) throws Exception {
        fx.waitFor("the server to run", () -> robot.lookup("Server: running").tryQuery().isPresent());
        assertEquals(1, shownCredentials.size(), "the first run shows the generated credentials");
        assertEquals("admin", shownCredentials.getFirst().username());

        robot.interact(() -> window.viewModel().select("devices"));
        robot.clickOn("#addMenu").clickOn("Virtual device\u2026");
        fx.waitFor("the device form", () -> robot.lookup("#saveDeviceButton").tryQuery().isPresent());
        TextField name = robot.lookup("#field-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("garden-sensor"));
        robot.clickOn("#saveDeviceButton");
        TableView<DeviceRow> devices = fx.table(robot, "#deviceTable");
        fx.waitFor("the virtual device in the table", () -> fx.onFx(() -> devices.getItems().stream()
                .anyMatch(r -> r.virtual() && r.device().name().equals("garden-sensor"))));
        fx.waitFor("its selection", () -> fx.onFx(() -> devices.getSelectionModel().getSelectedItem() != null));

        robot.clickOn("#joinButton");
        fx.waitFor("the join", () -> fx.text(robot, "#lastResultLabel").startsWith("Joined as "));
        robot.clickOn("#sendUplinkButton");
        fx.waitFor("the uplink", () -> fx.text(robot, "#lastResultLabel").startsWith("Uplink FCnt 0"));
        fx.waitFor("last seen and FCnt in the row", () -> fx.onFx(() -> devices.getItems().stream().anyMatch(r ->
                r.device().name().equals("garden-sensor") && r.device().lastSeen().isPresent()
                        && r.lastFCntUp().orElse(-1) == 0)));
        TableView<JoinAttempt> trace = fx.table(robot, "#traceTable");
        fx.waitFor("the join trace", () -> fx.onFx(() -> trace.getItems().stream()
                .anyMatch(a -> a.outcome() == JoinAttempt.Outcome.ACCEPTED)));

        robot.interact(() -> window.viewModel().select("live-frames"));
        TableView<FrameRow> frames = fx.table(robot, ".lb-frames-table");
        // Join-accepts appear once the gateway's TX_ACK confirms them (DownlinkTransmitted), which a loaded machine
        // may delay past the server's TX_ACK timeout; the join-request and the uplink are always there.
        fx.waitFor("join and uplink frames", () -> fx.onFx(() -> frames.getItems().stream().map(FrameRow::mType)
                .collect(Collectors.toSet()).containsAll(Set.of("JoinRequest", "UnconfirmedDataUp"))));

        robot.interact(() -> window.viewModel().select("devices"));
        robot.clickOn("Downlink queue");
        TextField payload = robot.lookup("#downlinkPayloadField").queryAs(TextField.class);
        robot.interact(() -> payload.setText("C0FFEE"));
        robot.clickOn("#enqueueButton");
        TableView<Downlink> queue = fx.table(robot, "#queueTable");
        fx.waitFor("the queued downlink", () -> fx.onFx(() -> queue.getItems().size() == 1));
        robot.clickOn("Virtual device");
        // Real time on a loaded machine: a receive window may be missed; the device then gets it with its next uplink.
        for (int attempt = 1; attempt <= 3 && !fx.text(robot, "#lastResultLabel").contains("payload C0FFEE"); attempt++) {
            String before = fx.text(robot, "#lastResultLabel");
            robot.clickOn("#sendUplinkButton");
            fx.waitFor("an uplink result", () -> {
                String now = fx.text(robot, "#lastResultLabel");
                return !now.equals(before) && now.startsWith("Uplink FCnt");
            });
        }
        assertTrue(fx.text(robot, "#lastResultLabel").contains("payload C0FFEE"), fx.text(robot, "#lastResultLabel"));
        fx.waitFor("its status SENT", () -> fx.onFx(() -> queue.getItems().getFirst().status() == DownlinkStatus.SENT));
        snap(robot, "devices", "Downlink queue");

        Path csv = data.resolve("import.csv");
        Files.writeString(csv, """
                devEui,name,activation,macVersion,region,joinEui,appKey
                70B3D57ED0000301,pump-1,OTAA,1.0.4,EU868,70B3D57ED0000001,2B7E151628AED2A6ABF7158809CF4F3C
                70B3D57ED0000302,pump-2,OTAA,1.0.9,EU868,70B3D57ED0000001,2B7E151628AED2A6ABF7158809CF4F3C
                70B3D57ED0000303,pump-3,OTAA,1.0.4,EU868,70B3D57ED0000001,2B7E151628AED2A6ABF7158809CF4F3C
                """);
        dialogs.chosenFile = Optional.of(csv);
        robot.clickOn("#importDevicesButton");
        fx.waitFor("the import report", () -> robot.lookup("#importErrorTable").tryQuery().isPresent());
        TableView<Rejection> report = fx.table(robot, "#importErrorTable");
        List<Rejection> rejected = fx.onFx(() -> List.copyOf(report.getItems()));
        assertEquals(1, rejected.size());
        assertEquals(3, rejected.getFirst().line());
        assertEquals(Optional.of("macVersion"), rejected.getFirst().field());
        FxTestKit.snapScene(robot, report.getScene(), "import-report");
        robot.interact(() -> report.getScene().getWindow().hide());
        fx.waitFor("the imported devices", () -> fx.onFx(() -> devices.getItems().size() == 3));

        Path pcap = data.resolve("exported.pcap");
        dialogs.chosenFile = Optional.of(pcap);
        robot.push(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        fx.waitFor("the export", () -> dialogs.shown.contains("info: Session log exported"));
        assertTrue(Files.size(pcap) > 24, "a pcap header and packets");

        robot.interact(() -> window.viewModel().select("downlinks"));
        TableView<?> downlinks = fx.table(robot, ".lb-downlinks-table");
        fx.waitFor("the downlink in the Downlinks screen", () -> fx.onFx(() -> downlinks.getItems().size() == 1));
        snap(robot, "downlinks", null);
        robot.interact(() -> window.viewModel().select("live-frames"));
        robot.interact(() -> frames.getSelectionModel().select(frames.getItems().size() - 1));
        snap(robot, "live-frames-server", null);
        robot.interact(() -> window.viewModel().select("devices"));
        robot.clickOn("Virtual device");
        snap(robot, "main-window", null);
        robot.clickOn("Join trace");
        snap(robot, "devices-join-trace", null);
        assertTrue(dialogs.shown.stream().noneMatch(s -> s.startsWith("error")), dialogs.shown::toString);
        robot.interact(stage::close);
    }

    /// Saves the main window as `<name>.png` and `<name>-dark.png`, with `tab` opened first, when screenshots are
    /// asked for (the flow itself does not need the tab).
    private void snap(FxRobot robot, String name, String tab) {
        if (tab != null && FxTestKit.screenshots()) {
            robot.clickOn(tab);
        }
        FxTestKit.snapBothThemes(robot, window, name);
    }
}
