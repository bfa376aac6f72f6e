// SPDX-License-Identifier: Apache-2.0
package lorabench.ui;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import lorabench.ui.shell.MainWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The JavaFX application. JavaFX instantiates it by reflection, so the composition root cannot use a
/// constructor: it calls [#launch(UiContext)], which stores the context in a holder read once by
/// [#start(Stage)], then starts the toolkit. Never start this class directly from the classpath (stack.md §9.1):
/// go through `lorabench.app.GuiLauncher`.
public final class LoraBenchApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(LoraBenchApp.class);
    private static final AtomicReference<UiContext> PENDING = new AtomicReference<>();

    /// Starts the GUI with `context` and blocks until the last window closed. Callable once per JVM
    /// (a JavaFX restriction).
    public static void launch(UiContext context) {
        if (!PENDING.compareAndSet(null, Objects.requireNonNull(context, "context"))) {
            throw new IllegalStateException("the GUI was already launched in this JVM");
        }
        Application.launch(LoraBenchApp.class);
    }

    @Override
    public void start(Stage stage) {
        UiContext context = Objects.requireNonNull(PENDING.get(), "LoraBenchApp.launch(UiContext) was not called");
        MainWindow window = MainWindow.create(context, stage);
        window.show();
        context.options().snapshot().ifPresent(file -> new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // A few pulses let CSS, layout and the first render settle before the snapshot.
                if (++frames < 5) {
                    return;
                }
                stop();
                try {
                    SceneSnapshot.writePng(window.scene(), file);
                    LOG.info("Saved a snapshot of the main window to {}", file.toAbsolutePath());
                } catch (Exception e) {
                    LOG.error("Could not save the snapshot to {}", file, e);
                }
                stage.close();
                Platform.exit();
            }
        }.start());
    }
}
