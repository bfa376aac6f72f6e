// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.dashboard;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import lorabench.ui.FxmlViews;
import lorabench.ui.shell.Icons;
import lorabench.ui.shell.Screen;
import lorabench.ui.shell.ScreenContext;
import lorabench.ui.shell.ScreenView;
import lorabench.ui.task.FxEventAdapter;
import lorabench.ui.task.TimelinePulse;

/// The Dashboard screen's registration: id `dashboard`, no search.
public final class DashboardScreen {
    /// The screen id.
    public static final String ID = "dashboard";
    /// How often the counters are re-read.
    public static final Duration REFRESH = Duration.ofSeconds(2);

    private DashboardScreen() {}

    /// {@return the descriptor the composition root registers}
    public static Screen descriptor(DashboardSource source) {
        Objects.requireNonNull(source, "source");
        return Screen.of(ID, "Dashboard", Icons.DASHBOARD, context -> create(context, source));
    }

    private static ScreenView create(ScreenContext context, DashboardSource source) {
        ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
        ZoneId zone = ZoneId.systemDefault();
        DashboardViewModel viewModel = new DashboardViewModel(source, background, Platform::runLater,
                new TimelinePulse(FxEventAdapter.DEFAULT_PERIOD), new TimelinePulse(REFRESH), zone);
        BorderPane root = FxmlViews.load("dashboard/Dashboard.fxml", new DashboardController(viewModel, zone));
        viewModel.start();
        return new ScreenView() {
            @Override
            public Node root() {
                return root;
            }

            @Override
            public void activated() {
                viewModel.activate();
            }

            @Override
            public void deactivated() {
                viewModel.deactivate();
            }

            @Override
            public void dispose() {
                viewModel.close();
                background.shutdownNow();
            }
        };
    }
}
