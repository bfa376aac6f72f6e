// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import lorabench.app.LoraBenchServer;
import lorabench.ui.FxmlViews;
import lorabench.ui.shell.Screen;
import lorabench.ui.shell.ScreenContext;
import lorabench.ui.shell.ScreenView;
import lorabench.ui.task.FxEventAdapter;
import lorabench.ui.task.Pulse;
import lorabench.ui.task.TimelinePulse;
import lorabench.ui.theme.Css;

/// The Push targets screen's registration: id `push-targets`, no search.
public final class PushTargetsScreen {
    /// The screen id.
    public static final String ID = "push-targets";
    /// Rows the live delivery log keeps.
    public static final int LOG_ROWS = 500;
    /// An outgoing arrow leaving a box: the rail icon (20 × 20).
    public static final String ICON = "M2 4h9v2H4v10h10v-5h2v7H2z M12 2h6v6h-2V5.4l-6.3 6.3l-1.4-1.4L14.6 4H12z";

    private PushTargetsScreen() {}

    /// {@return the descriptor the composition root registers for `server`}; without the OrbiWAN push module the
    /// screen says so
    public static Screen descriptor(LoraBenchServer server) {
        Objects.requireNonNull(server, "server");
        return descriptor(ServerPushSources.of(server));
    }

    /// {@return the descriptor over the server the GUI is starting}: the screen waits for it off the FX thread
    public static Screen descriptor(java.util.concurrent.CompletableFuture<LoraBenchServer> starting) {
        return descriptor(Optional.of(new StartingServerPushSources(starting)));
    }

    /// {@return the descriptor over `sources`}, or a screen explaining that push is not available
    public static Screen descriptor(Optional<PushSources> sources) {
        return Screen.of(ID, "Push targets", ICON, context -> sources
                .map(s -> view(context, s, new TimelinePulse(FxEventAdapter.DEFAULT_PERIOD), ZoneId.systemDefault()))
                .orElseGet(PushTargetsScreen::unavailable));
    }

    /// {@return the screen's view} over `sources`, draining the delivery log on `pulse`, times in `zone`
    static ScreenView view(ScreenContext context, PushSources sources, Pulse pulse, ZoneId zone) {
        PushTargetsViewModel viewModel = new PushTargetsViewModel(sources, context.tasks(), zone);
        DeliveryLogViewModel log = new DeliveryLogViewModel(LOG_ROWS, viewModel::accountName, zone, pulse);
        PushTargetsController controller = new PushTargetsController(viewModel, log);
        BorderPane root = FxmlViews.load("push/PushTargets.fxml", controller);
        viewModel.refresh(0, () -> log.start(sources));
        viewModel.refreshKept();
        return new ScreenView() {
            @Override
            public Node root() {
                return root;
            }

            @Override
            public void activated() {
                viewModel.refresh(0);
                viewModel.refreshKept();
            }

            @Override
            public void dispose() {
                log.close();
            }
        };
    }

    private static ScreenView unavailable() {
        Label label = new Label("Push targets need the OrbiWAN interface: this server runs without it.");
        label.getStyleClass().add(Css.EMPTY_STATE);
        label.setWrapText(true);
        return ScreenView.of(new BorderPane(label));
    }
}
