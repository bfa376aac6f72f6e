// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import lorabench.app.LoraBenchServer;
import lorabench.app.ServerOptions;
import lorabench.api.orbiwise.push.OrbiwisePushModule;
import lorabench.store.AccountRepository;
import lorabench.store.PushTarget;
import lorabench.ui.GuiOptions;
import lorabench.ui.SceneSnapshot;
import lorabench.ui.UiContext;
import lorabench.ui.dialog.FakeDialogService;
import lorabench.ui.shell.MainWindow;
import lorabench.ui.status.ServerStatus;
import lorabench.ui.status.StatusSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// The Push targets screen in the real main window (Monocle headless) over a real [LoraBenchServer] and a tiny HTTP
/// receiver on 127.0.0.1: a target made in the form is started, a test push shows its 200 and latency in the live
/// delivery log, and after the receiver turns to 500 the next test push shows the failure. With
/// `-Dlorabench.screenshots=DIR` it also writes `push-targets.png`.
@ExtendWith(ApplicationExtension.class)
class PushTargetsFxTest {
    @TempDir
    static Path data;

    private static LoraBenchServer server;
    private static HttpServer receiver;
    private static final AtomicInteger answer = new AtomicInteger(200);
    private static final AtomicInteger received = new AtomicInteger();
    private MainWindow window;

    @BeforeAll
    static void startServers() throws IOException {
        server = LoraBenchServer.start(ServerOptions.defaults(data.resolve("server")).withEphemeralPorts()
                .withAdminPassword("a-long-password"));
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopServers() {
        receiver.stop(0);
        server.close();
    }

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        window = new MainWindow(new UiContext(new GuiOptions(data.resolve("gui"), Optional.empty(), Optional.empty()),
                List.of(PushTargetsScreen.descriptor(server)), StatusSource.fixed(ServerStatus.notStarted()), () -> {}),
                stage, new FakeDialogService());
        window.show();
        window.viewModel().select(PushTargetsScreen.ID);
    }

    private static void await(FxRobot robot, java.util.concurrent.Callable<Boolean> onFx) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(onFx).get());
        } catch (java.util.concurrent.TimeoutException e) {
            String seen = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText()
                    + " | error " + robot.lookup("#errorLabel").queryAs(Label.class).getText()
                    + " | log " + robot.lookup("#logTable").queryAs(TableView.class).getItems()).get();
            throw new AssertionError("timed out; screen shows: " + seen, e);
        }
    }

    private static void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(text);
        assertEquals(text, field.getText());
    }

    private static Predicate<DeliveryRow> status(String code) {
        return r -> r.status().equals(code);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTargetMadeInTheFormIsStartedAndTestPushesShowTheirStatusAndLatency(FxRobot robot) throws Exception {
        ComboBox<AccountChoice> account = robot.lookup("#accountBox").queryAs(ComboBox.class);
        await(robot, () -> account.getValue() != null);
        String admin = server.admin().username();
        assertEquals(admin, account.getValue().label());
        type(robot, "#hostField", "http://127.0.0.1");
        type(robot, "#portField", Integer.toString(receiver.getAddress().getPort()));
        type(robot, "#pathField", "/bench");
        robot.clickOn("#startButton");
        TableView<TargetRow> targets = robot.lookup("#targetsTable").queryAs(TableView.class);
        await(robot, () -> targets.getItems().size() == 1 && targets.getItems().getFirst().state().equals("started"));
        TargetRow row = targets.getItems().getFirst();
        assertEquals("http://127.0.0.1:" + receiver.getAddress().getPort() + "/bench", row.url());
        long adminId = new AccountRepository(server.database()).findByUsername(admin).orElseThrow().id();
        List<PushTarget> active = server.module(OrbiwisePushModule.class).orElseThrow().engine()
                .activeTargets(adminId);
        assertEquals(List.of(row.target().id()), active.stream().map(PushTarget::id).toList());

        TableView<DeliveryRow> log = robot.lookup("#logTable").queryAs(TableView.class);
        robot.clickOn("#testButton");
        await(robot, () -> log.getItems().stream().anyMatch(status("200")));
        DeliveryRow ok = log.getItems().getFirst();
        assertEquals(admin, ok.account());
        assertEquals("http://127.0.0.1:" + receiver.getAddress().getPort() + "/bench/rest/callback/payloads/ul",
                ok.url());
        assertEquals("POST", ok.method());
        assertEquals("taken (test)", ok.outcome());
        assertTrue(ok.latency().matches("\\d+\\.\\d ms"), ok.latency());
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        await(robot, () -> message.getText().contains("HTTP 200 in "));

        answer.set(500);
        robot.clickOn("#testButton");
        await(robot, () -> log.getItems().stream().anyMatch(status("500")));
        DeliveryRow failed = log.getItems().getFirst();
        assertEquals("500", failed.status());
        assertEquals("failed (test)", failed.outcome());
        assertTrue(failed.failed());
        await(robot, () -> message.getText().contains("HTTP 500 in "));
        assertEquals(2, received.get());

        String dir = System.getProperty("lorabench.screenshots");
        if (dir != null && !dir.isBlank()) {
            Path file = Path.of(dir).resolve("push-targets.png");
            robot.interact(() -> targets.getSelectionModel().select(0));
            WaitForAsyncUtils.waitForFxEvents(5);
            robot.interact(() -> {
                try {
                    SceneSnapshot.writePng(window.scene(), file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertTrue(Files.size(file) > 10_000, file + " looks empty");
        }
    }
}
