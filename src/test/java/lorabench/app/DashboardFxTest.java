// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import lorabench.ui.GuiOptions;
import lorabench.ui.dashboard.DashboardEvent;
import lorabench.ui.dashboard.DashboardScreen;
import lorabench.ui.dialog.FakeDialogService;
import lorabench.ui.shell.MainWindow;
import lorabench.ui.theme.ThemeChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/// The Dashboard through the real main window (Monocle headless) over a real embedded server in a temporary
/// directory: it is the screen shown at start; a virtual OTAA device (with the virtual gateway that comes with it)
/// joins and sends an uplink from the Devices screen, and the Dashboard's counters, traffic chart and event list
/// show it. With `-Dlorabench.screenshots=DIR` it also saves `dashboard[-dark].png` (`scripts/screenshot.sh filled`).
@ExtendWith(ApplicationExtension.class)
class DashboardFxTest {
    private static final long TIMEOUT = 60;
    private final FxTestKit fx = new FxTestKit(TIMEOUT);

    @TempDir
    static Path data;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        this.stage = stage;
        var context = GuiLauncher.compose(new GuiOptions(data, Optional.empty(), Optional.of(ThemeChoice.LIGHT)),
                ServerOptions.defaults(data.resolve("server")).withEphemeralPorts(), (c, firstRun) -> {});
        window = new MainWindow(context, stage, new FakeDialogService());
        stage.setWidth(1280);
        stage.setHeight(800);
        window.show();
    }

    @SuppressWarnings("unchecked")
    private long sum(AreaChart<?, ?> chart, String series) throws Exception {
        return fx.onFx(() -> ((List<XYChart.Series<Number, Number>>) (List<?>) chart.getData()).stream()
                .filter(s -> s.getName().equals(series)).flatMap(s -> s.getData().stream())
                .mapToLong(d -> d.getYValue().longValue()).sum());
    }

    @Test
    void showsTheGatewaysDevicesTrafficAndEventsOfAJoinAndAnUplink(FxRobot robot) throws Exception {
        assertEquals(DashboardScreen.ID, fx.onFx(() -> window.viewModel().selectedProperty().get().id()),
                "the Dashboard is the screen shown at start");
        fx.waitFor("the server to run", () -> robot.lookup("Server: running").tryQuery().isPresent());
        fx.waitFor("the first counters", () -> fx.text(robot, "#devicesValue").equals("0"));
        assertEquals("0", fx.text(robot, "#gatewaysValue"));
        AreaChart<?, ?> chart = robot.lookup(".lb-traffic-chart").queryAs(AreaChart.class);
        fx.waitFor("an empty 60-minute chart", () -> fx.onFx(() -> chart.getData().size() == 2
                && chart.getData().getFirst().getData().size() == 60));
        assertEquals(0, sum(chart, "Uplinks"));

        robot.interact(() -> window.viewModel().select("devices"));
        robot.clickOn("#addMenu").clickOn("Virtual device\u2026");
        fx.waitFor("the device form", () -> robot.lookup("#saveDeviceButton").tryQuery().isPresent());
        TextField name = robot.lookup("#field-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("dash-sensor"));
        robot.clickOn("#saveDeviceButton");
        TableView<?> devices = robot.lookup("#deviceTable").queryAs(TableView.class);
        fx.waitFor("its selection", () -> fx.onFx(() -> devices.getSelectionModel().getSelectedItem() != null));
        robot.clickOn("#joinButton");
        fx.waitFor("the join", () -> fx.text(robot, "#lastResultLabel").startsWith("Joined as "));
        robot.clickOn("#sendUplinkButton");
        fx.waitFor("the uplink", () -> fx.text(robot, "#lastResultLabel").startsWith("Uplink FCnt 0"));

        robot.interact(() -> window.viewModel().select(DashboardScreen.ID));
        fx.waitFor("one joined device", () -> fx.text(robot, "#joinedValue").equals("1"));
        assertEquals("1", fx.text(robot, "#devicesValue"));
        assertEquals("0", fx.text(robot, "#notJoinedValue"));
        fx.waitFor("the device heard", () -> fx.text(robot, "#devicesDetail").startsWith("1 heard"));
        assertEquals("1", fx.text(robot, "#gatewaysValue"), "the virtual gateway opened its downlink path");
        // a loaded machine may miss a receive window: the device then joins again, and every join-request counts
        fx.waitFor("the join-request and the uplink in the chart", () -> sum(chart, "Uplinks") >= 2);
        @SuppressWarnings("unchecked")
        TableView<DashboardEvent> events = robot.lookup(".lb-dash-events").queryAs(TableView.class);
        long listedUplinks = fx.onFx(() -> events.getItems().stream()
                .filter(e -> e.kind().traffic() == DashboardEvent.Traffic.UPLINK).count());
        assertEquals(listedUplinks, sum(chart, "Uplinks"), "the chart counts what the list shows");
        assertTrue(fx.text(robot, "#trafficSummaryLabel").startsWith(listedUplinks + " uplinks and "));

        Set<DashboardEvent.Kind> kinds = fx.onFx(() -> events.getItems().stream().map(DashboardEvent::kind)
                .collect(Collectors.toSet()));
        assertTrue(kinds.containsAll(Set.of(DashboardEvent.Kind.GATEWAY_CONNECTED, DashboardEvent.Kind.JOIN_ACCEPTED,
                DashboardEvent.Kind.UPLINK)), kinds::toString);
        DashboardEvent newestUplink = fx.onFx(() -> events.getItems().stream()
                .filter(e -> e.kind() == DashboardEvent.Kind.UPLINK).findFirst().orElseThrow());
        assertTrue(newestUplink.text().startsWith("FCnt 0"), newestUplink.text());
        assertTrue(newestUplink.device().isPresent());
        assertTrue(fx.onFx(() -> events.getItems().size()) <= 200);
        FxTestKit.snapBothThemes(robot, window, "dashboard");
        robot.interact(stage::close);
    }

}
