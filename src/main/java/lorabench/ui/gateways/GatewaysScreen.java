// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import lorabench.server.event.ServerEvent;
import lorabench.ui.FxmlViews;
import lorabench.ui.shell.Screen;
import lorabench.ui.shell.ScreenContext;
import lorabench.ui.shell.ScreenView;
import lorabench.ui.task.FxEventAdapter;
import lorabench.ui.task.TimelinePulse;

/// The Gateways screen's registration: id `gateways`, searchable by EUI, name, "virtual"/"real" and state.
public final class GatewaysScreen {
    /// The screen id.
    public static final String ID = "gateways";
    /// A mast with radio waves: gateways.
    public static final String ICON = "M9 8h2v10H9z M7 18h6v1H7z M10 5a2 2 0 1 1 0 4a2 2 0 1 1 0-4z "
            + "M5.5 2.5l1.1 1.1a5 5 0 0 0 0 6.8L5.5 11.5a6.6 6.6 0 0 1 0-9z "
            + "M14.5 2.5a6.6 6.6 0 0 1 0 9l-1.1-1.1a5 5 0 0 0 0-6.8z";
    /// How often the server's events reach the screen (links, plot) at most.
    static final Duration EVENT_PERIOD = Duration.ofMillis(500);
    /// How often the table is read again without events (last seen, connection state, simulator counters).
    static final Duration REFRESH_PERIOD = Duration.ofSeconds(5);

    private GatewaysScreen() {}

    /// {@return the descriptor the composition root registers}
    public static Screen descriptor(CompletableFuture<? extends GatewaySource> source) {
        Objects.requireNonNull(source, "source");
        return Screen.of(ID, "Gateways", ICON, context -> create(context, source))
                .withSearch("Filter: EUI, name, virtual, connected\u2026");
    }

    private static ScreenView create(ScreenContext context, CompletableFuture<? extends GatewaySource> source) {
        ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
        GatewaysViewModel viewModel = new GatewaysViewModel(source, background, Platform::runLater,
                context.searchText(), new SecureRandom());
        GatewaysController controller = new GatewaysController(viewModel, ZoneId.systemDefault());
        BorderPane root = FxmlViews.load("gateways/GatewaysView.fxml", controller);
        List<Node> toolbar = controller.toolbarItems();
        FxEventAdapter<ServerEvent> events = new FxEventAdapter<>(viewModel::onEvents, 2_048, 8_192,
                new TimelinePulse(EVENT_PERIOD));
        events.start();
        TimelinePulse refresh = new TimelinePulse(REFRESH_PERIOD);
        refresh.start(viewModel::reload);
        CompletableFuture<AutoCloseable> subscription = source.thenApply(s -> s.subscribe(e -> {
            if (GatewaysViewModel.relevant(e)) {
                events.offer(e);
            }
        }));
        viewModel.reload();
        return new ScreenView() {
            @Override
            public Node root() {
                return root;
            }

            @Override
            public List<Node> toolbarItems() {
                return toolbar;
            }

            @Override
            public void activated() {
                viewModel.reload();
            }

            @Override
            public void dispose() {
                subscription.thenAccept(s -> {
                    try {
                        s.close();
                    } catch (Exception e) {
                        // closing a subscription only unregisters a callback
                    }
                });
                subscription.cancel(false);
                refresh.stop();
                events.close();
                background.shutdownNow();
            }
        };
    }
}
