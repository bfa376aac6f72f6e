// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import lorabench.ui.SceneSnapshot;
import lorabench.ui.shell.MainWindow;
import lorabench.ui.theme.ThemeChoice;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/// What the app's TestFX tests share: waits bounded by one timeout, reads on the FX thread, lookups, and the
/// screenshots `scripts/screenshot.sh` asks for with `-Dlorabench.screenshots=DIR` (none otherwise).
final class FxTestKit {
    private final long timeoutSeconds;

    FxTestKit(long timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    /// Waits until `condition` holds. @throws AssertionError naming `what` when it does not within the timeout
    void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(timeoutSeconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }

    /// {@return what `read` returns, run on the FX thread}
    <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(timeoutSeconds, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    <T> TableView<T> table(FxRobot robot, String query) {
        return (TableView<T>) robot.lookup(query).queryAs(TableView.class);
    }

    /// {@return the text of the label `query` finds}, read on the FX thread
    String text(FxRobot robot, String query) throws Exception {
        Label label = robot.lookup(query).queryAs(Label.class);
        return onFx(label::getText);
    }

    /// Saves the main window as `<name>.png` and `<name>-dark.png`, then returns to the light theme.
    static void snapBothThemes(FxRobot robot, MainWindow window, String name) {
        if (!screenshots()) {
            return;
        }
        for (ThemeChoice theme : ThemeChoice.values()) {
            robot.interact(() -> window.settings().themeProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            snapScene(robot, window.scene(), name + (theme == ThemeChoice.DARK ? "-dark" : ""));
        }
        robot.interact(() -> window.settings().themeProperty().set(ThemeChoice.LIGHT));
    }

    /// Saves `scene` as `<name>.png`.
    static void snapScene(FxRobot robot, Scene scene, String name) {
        String dir = screenshotDir();
        if (dir.isEmpty()) {
            return;
        }
        robot.interact(() -> {
            try {
                SceneSnapshot.writePng(scene, Path.of(dir, name + ".png"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /// {@return whether screenshots are asked for}
    static boolean screenshots() {
        return !screenshotDir().isEmpty();
    }

    private static String screenshotDir() {
        return System.getProperty("lorabench.screenshots", "");
    }
}
