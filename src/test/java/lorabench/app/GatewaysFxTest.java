// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import lorabench.lorawan.types.Eui64;
import lorabench.ui.GuiOptions;
import lorabench.ui.devices.DeviceRow;
import lorabench.ui.dialog.FakeDialogService;
import lorabench.ui.gateways.GatewayRow;
import lorabench.ui.gateways.PlotModel;
import lorabench.ui.gateways.PositionPlot;
import lorabench.ui.gateways.RssiClass;
import lorabench.ui.shell.MainWindow;
import lorabench.ui.theme.Css;
import lorabench.ui.theme.ThemeChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The Gateways screen through the real main window (Monocle headless) over a real embedded server in a temporary
/// directory: adds a virtual gateway through the dialog and sees it connected over UDP, adds and joins a virtual
/// OTAA device that sends an uplink, and finds the gateway–device link on the position plot with its RSSI class.
/// With `-Dlorabench.screenshots=DIR` it also saves the screen (`gateways.png`, `gateways-dark.png`).
@ExtendWith(ApplicationExtension.class)
class GatewaysFxTest {
    private static final long TIMEOUT = 60;
    private final FxTestKit fx = new FxTestKit(TIMEOUT);
    private static final Eui64 GATEWAY = Eui64.parse("AA555A00000000C1");

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

    @Test
    void addAVirtualGatewayAndSeeItsLinkToAnOtaaDeviceOnThePlot(FxRobot robot) throws Exception {
        fx.waitFor("the server to run", () -> robot.lookup("Server: running").tryQuery().isPresent());

        robot.interact(() -> window.viewModel().select("gateways"));
        robot.clickOn("#addGatewayButton");
        fx.waitFor("the gateway form", () -> robot.lookup("#saveGatewayButton").tryQuery().isPresent());
        TextField eui = robot.lookup("#euiField").queryAs(TextField.class);
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        robot.interact(() -> eui.setText("AA555A00000000"));
        assertTrue(fx.onFx(() -> robot.lookup("#saveGatewayButton").queryButton().isDisabled()),
                "a 14-digit EUI is refused");
        assertTrue(robot.lookup("EUI must be 16 hex digits").tryQuery().isPresent());
        robot.interact(() -> {
            eui.setText(GATEWAY.toString());
            name.setText("hill-gw");
        });
        robot.clickOn("#saveGatewayButton");
        fx.waitFor("the dialog to close", () -> robot.lookup("#saveGatewayButton").tryQuery().isEmpty());

        TableView<GatewayRow> gateways = fx.table(robot, ".lb-gateways-table");
        fx.waitFor("the virtual gateway connected in the table", () -> fx.onFx(() -> gateways.getItems().stream()
                .anyMatch(r -> r.eui().equals(GATEWAY) && r.name().equals("hill-gw") && r.virtual()
                        && r.connected() && r.position().isPresent())));
        assertTrue(fx.text(robot, "#resultLabel").startsWith("Virtual gateway hill-gw (AA555A00000000C1) added"));

        robot.interact(() -> window.viewModel().select("devices"));
        robot.clickOn("#addMenu").clickOn("Virtual device\u2026");
        fx.waitFor("the device form", () -> robot.lookup("#saveDeviceButton").tryQuery().isPresent());
        TextField deviceName = robot.lookup("#field-name").queryAs(TextField.class);
        robot.interact(() -> deviceName.setText("field-sensor"));
        robot.clickOn("#saveDeviceButton");
        TableView<DeviceRow> devices = fx.table(robot, "#deviceTable");
        fx.waitFor("the virtual device selected", () -> fx.onFx(() -> devices.getSelectionModel().getSelectedItem() != null
                && devices.getSelectionModel().getSelectedItem().device().name().equals("field-sensor")));
        Eui64 devEui = fx.onFx(() -> devices.getSelectionModel().getSelectedItem().device().devEui());
        robot.clickOn("#joinButton");
        fx.waitFor("the join", () -> fx.text(robot, "#lastResultLabel").startsWith("Joined as "));
        robot.clickOn("#sendUplinkButton");
        fx.waitFor("the uplink", () -> fx.text(robot, "#lastResultLabel").startsWith("Uplink FCnt 0"));

        robot.interact(() -> window.viewModel().select("gateways"));
        PositionPlot plot = robot.lookup(".lb-plot").queryAs(PositionPlot.class);
        fx.waitFor("the gateway-device link on the plot", () -> fx.onFx(() -> plot.model().link(GATEWAY, devEui)
                .isPresent()));
        PlotModel.Link link = fx.onFx(() -> plot.model().link(GATEWAY, devEui).orElseThrow());
        assertEquals(RssiClass.of(link.rssi()), link.rssiClass());
        Line line = robot.lookup("#plot-link-" + GATEWAY + "-" + devEui).queryAs(Line.class);
        assertTrue(fx.onFx(() -> line.getPseudoClassStates().contains(Css.rssi(link.rssiClass().cssName()))),
                "the line is styled by its RSSI class");
        assertTrue(robot.lookup("#plot-gateway-" + GATEWAY).tryQuery().isPresent());
        assertTrue(robot.lookup("#plot-device-" + devEui).tryQuery().isPresent());
        fx.waitFor("the device counted and its RSSI in the gateway's row", () -> fx.onFx(() -> gateways.getItems().stream()
                .anyMatch(r -> r.eui().equals(GATEWAY) && r.devicesHeard() == 1 && r.lastRssi().isPresent())));
        FxTestKit.snapBothThemes(robot, window, "gateways");
        assertTrue(dialogs.shown.stream().noneMatch(s -> s.startsWith("error")), dialogs.shown::toString);
        robot.interact(stage::close);
    }

}
