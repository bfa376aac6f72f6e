// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import lorabench.lorawan.types.AesKey;
import lorabench.ui.GuiOptions;
import lorabench.ui.UiContext;
import lorabench.ui.dialog.FakeDialogService;
import lorabench.ui.keys.JoinHandoff;
import lorabench.ui.keys.KeysLabScreen;
import lorabench.ui.shell.MainWindow;
import lorabench.ui.status.ServerStatus;
import lorabench.ui.status.StatusSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// A join selected in Live frames opens in the Keys lab (Monocle headless): the lab is selected and derives the
/// session keys the join produced, from the request's DevNonce and the decrypted accept's JoinNonce and NetID.
@ExtendWith(ApplicationExtension.class)
class JoinToKeysLabFxTest {
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
        JoinHandoff joins = new JoinHandoff();
        window = new MainWindow(new UiContext(new GuiOptions(data, Optional.empty(), Optional.empty()),
                List.of(LiveFramesScreen.descriptor(feed, joins), KeysLabScreen.descriptor(joins)),
                StatusSource.fixed(ServerStatus.notStarted()), () -> {}), stage, new FakeDialogService());
        window.show();
    }

    private static String spaced(AesKey k) {
        return k.toHex().replaceAll("(..)(?!$)", "$1 ");
    }

    @Test
    void theSelectedJoinAcceptIsDerivedInTheKeysLab(FxRobot robot) throws Exception {
        robot.interact(() -> window.viewModel().select(LiveFramesScreen.ID));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !subscribers.isEmpty());
        SampleFrames.exchange(Instant.parse("2026-03-01T09:41:07.250Z"))
                .forEach(f -> subscribers.forEach(s -> s.accept(f)));
        @SuppressWarnings("unchecked")
        TableView<FrameRow> table = robot.lookup(".lb-frames-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> table.getItems().size() == 8).get());
        Button toLab = robot.lookup("#openInKeysLabButton").queryAs(Button.class);
        robot.interact(() -> table.getSelectionModel().select(2));
        assertTrue(toLab.isDisabled(), "a data frame is not a join");
        robot.interact(() -> table.getSelectionModel().select(1));
        assertFalse(toLab.isDisabled());
        robot.clickOn(toLab);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(KeysLabScreen.ID, window.viewModel().selectedProperty().get().id());
        assertEquals(spaced(SampleFrames.SESSION.nwkSKey()),
                robot.lookup("#out-NwkSKey").queryAs(Label.class).getText());
        assertEquals(spaced(SampleFrames.SESSION.appSKey()),
                robot.lookup("#out-AppSKey").queryAs(Label.class).getText());
    }
}
