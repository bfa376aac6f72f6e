// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import lorabench.ui.GuiOptions;
import lorabench.ui.UiContext;
import lorabench.ui.dialog.FakeDialogService;
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

/// The Keys lab in the real main window (Monocle headless): typing inputs derives keys; a pasted frame's MIC is
/// checked.
@ExtendWith(ApplicationExtension.class)
class KeysLabFxTest {
    @TempDir
    static Path data;

    private final List<String> copied = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        Screen keys = Screen.of(KeysLabScreen.ID, "Keys lab", Icons.KEY,
                ctx -> KeysLabScreen.view(new Random(3), copied::add));
        new MainWindow(new UiContext(new GuiOptions(data, Optional.empty(), Optional.empty()), List.of(keys),
                StatusSource.fixed(ServerStatus.notStarted()), () -> {}), stage, new FakeDialogService()).show();
    }

    private void fill(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(field).write(text);
        assertEquals(text, field.getText());
    }

    @Test
    void typingTheJoinInputsDerivesTheSessionKeys(FxRobot robot) {
        Button derive = robot.lookup("#deriveButton").queryAs(Button.class);
        assertTrue(derive.isDisabled());
        fill(robot, "#appKeyField", "01020304050607080102030405060708");
        fill(robot, "#joinNonceField", "010000");
        fill(robot, "#netIdField", "0102");
        Label netIdError = robot.lookup("#netIdError").queryAs(Label.class);
        assertTrue(netIdError.isVisible());
        assertTrue(netIdError.getText().contains("3 bytes"), netIdError.getText());
        assertTrue(derive.isDisabled());
        TextField netId = robot.lookup("#netIdField").queryAs(TextField.class);
        robot.clickOn(netId).interact(netId::end);
        robot.write("03");
        assertEquals("010203", netId.getText());
        assertFalse(netIdError.isVisible());
        fill(robot, "#devNonceField", "0102");
        assertFalse(derive.isDisabled());
        robot.clickOn(derive);
        assertEquals("DF 53 C3 5F 30 34 CC CE D0 FF 35 4C 70 DE 04 DF",
                robot.lookup("#out-NwkSKey").queryAs(Label.class).getText());
        assertEquals("92 7B 9C 91 11 83 CF FE 4C B2 FF 4B 75 54 5F 6D",
                robot.lookup("#out-AppSKey").queryAs(Label.class).getText());
        assertEquals(32, robot.lookup("." + Css.BYTE_CELL).queryAll().size(), "two 16-byte blocks, byte by byte");
        robot.clickOn("Copy all keys");
        assertTrue(copied.getLast().startsWith("NwkSKey = DF53C35F3034CCCED0FF354C70DE04DF"), copied.getLast());
    }

    @Test
    void aPastedFramesMicIsCheckedAgainstTheKey(FxRobot robot) {
        robot.interact(() -> robot.lookup("#phyField").queryAs(TextField.class)
                .setText("80 04030201 03 0000 067307 0A E264D4F7 E117D2C0"));
        fill(robot, "#key1Field", "0102030405060708090A0B0C0D0E0F10");
        Label badge = robot.lookup("#micBadge").queryAs(Label.class);
        assertEquals("\u2713  MIC valid", badge.getText());
        assertTrue(badge.getPseudoClassStates().contains(Css.VALID));
        assertEquals("E117D2C0", robot.lookup("#computedMic").queryAs(Label.class).getText());
        robot.interact(() -> robot.lookup("#key1Field").queryAs(TextField.class)
                .setText("0102030405060708090A0B0C0D0E0F11"));
        assertEquals("\u2717  MIC invalid", badge.getText());
        assertTrue(badge.getPseudoClassStates().contains(Css.INVALID));
    }
}
