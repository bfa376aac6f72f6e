// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import lorabench.ui.GuiOptions;
import lorabench.ui.UiContext;
import lorabench.ui.dialog.FakeDialogService;
import lorabench.ui.settings.UiPreferences;
import lorabench.ui.shell.Icons;
import lorabench.ui.shell.MainWindow;
import lorabench.ui.shell.Screen;
import lorabench.ui.status.ServerStatus;
import lorabench.ui.status.StatusSource;
import lorabench.ui.theme.Css;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// Live frames in the real main window with the real FX timeline (Monocle headless).
@ExtendWith(ApplicationExtension.class)
class LiveFramesFxTest {
    @TempDir
    static Path data;

    private final List<String> copied = new CopyOnWriteArrayList<>();
    private final List<Consumer<CapturedFrame>> subscribers = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        FrameFeed feed = c -> {
            subscribers.add(c);
            return () -> subscribers.remove(c);
        };
        Screen frames = Screen.of(LiveFramesScreen.ID, "Live frames", Icons.FRAMES,
                ctx -> LiveFramesScreen.view(ctx, feed, copied::add, ZoneOffset.UTC)).withSearch("Filter");
        new MainWindow(new UiContext(new GuiOptions(data, Optional.empty(), Optional.empty()), List.of(frames),
                StatusSource.fixed(ServerStatus.notStarted()), () -> {}), stage, new FakeDialogService()).show();
    }

    @SuppressWarnings("unchecked")
    private TableView<FrameRow> table(FxRobot robot) {
        return robot.lookup(".lb-frames-table").queryAs(TableView.class);
    }

    private static List<Integer> highlighted(FxRobot robot) {
        return robot.lookup("." + Css.HEX_BYTE).queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(Css.HIGHLIGHTED))
                .map(n -> (Integer) n.getUserData()).sorted().toList();
    }

    @Test
    void aPastedFrameIsListedDissectedAndHighlightedAndCopiedAsHex(FxRobot robot) {
        Bytes phy = SampleFrames.uplinkWithLinkCheck();
        robot.clickOn("#decodeToggle");
        robot.interact(() -> robot.lookup("#decodeHexField").queryAs(TextField.class).setText(phy.toHex()));
        robot.clickOn("#networkKeyField").write(SampleFrames.SESSION.nwkSKey().toHex());
        robot.clickOn("#decodeAddButton");
        TableView<FrameRow> table = table(robot);
        assertEquals(1, table.getItems().size());
        assertEquals(table.getItems().getFirst(), table.getSelectionModel().getSelectedItem());
        assertEquals(MicStatus.VALID, table.getItems().getFirst().mic());

        Node devAddr = robot.lookup(".lb-tree-name").match((Label l) -> l.getText().equals("DevAddr")).query();
        robot.clickOn(devAddr);
        assertEquals(List.of(1, 2, 3, 4), highlighted(robot));

        Node fCntByte = robot.lookup("." + Css.HEX_BYTE).match((Node n) -> Integer.valueOf(6).equals(n.getUserData()))
                .query();
        robot.clickOn(fCntByte);
        TreeView<?> tree = robot.lookup(".lb-frames-tree").queryAs(TreeView.class);
        assertEquals("FCnt", ((DissectionNode) tree.getSelectionModel().getSelectedItem().getValue()).name());
        assertEquals(List.of(6, 7), highlighted(robot));

        robot.clickOn("#copyHexButton");
        assertEquals(phy.toHex(), copied.getLast());
        robot.clickOn("#copyJsonButton");
        assertTrue(copied.getLast().contains("\"LinkCheckReq\""));
    }

    @Test
    void fiftyThousandFramesFromAProducerThreadKeepTheTableAtTheRowLimit(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !subscribers.isEmpty());
        Bytes template = SampleFrames.uplinkWithLinkCheck();
        Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
        Thread producer = Thread.ofPlatform().start(() -> IntStream.range(0, 50_000).forEach(i -> {
            byte[] b = template.toArray();
            b[6] = (byte) i;
            b[7] = (byte) (i >> 8);
            CapturedFrame f = CapturedFrame.live(t0.plusMillis(i), Direction.UPLINK, Bytes.of(b));
            subscribers.forEach(s -> s.accept(f));
        }));
        producer.join();
        TableView<FrameRow> table = table(robot);
        Label counters = robot.lookup(".lb-counters").queryAs(Label.class);
        // The table changes on the FX thread, so the condition is read there too.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !table.getItems().isEmpty()
                && table.getItems().getLast().sequence() == 50_000).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(UiPreferences.DEFAULT_ROW_LIMIT, table.getItems().size());
        assertTrue(counters.getText().contains("50,000 received"), counters.getText());
        assertEquals(50_000 - UiPreferences.DEFAULT_ROW_LIMIT + 1, table.getItems().getFirst().sequence());

        robot.clickOn("#pauseButton");
        subscribers.forEach(s -> s.accept(CapturedFrame.live(t0, Direction.UPLINK, template)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> counters.getText().contains("1 waiting")).get());
        assertEquals(50_000, table.getItems().getLast().sequence(), "nothing new is shown while paused");
        robot.clickOn("#pauseButton");
        assertEquals(50_001, table.getItems().getLast().sequence());
        robot.clickOn("#clearButton");
        assertTrue(table.getItems().isEmpty());
    }
}
