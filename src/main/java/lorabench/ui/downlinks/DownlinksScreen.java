// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.downlinks;

import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import lorabench.ui.FxmlViews;
import lorabench.ui.devices.DeviceScreenServices;
import lorabench.ui.shell.Screen;
import lorabench.ui.shell.ScreenContext;
import lorabench.ui.shell.ScreenView;
import lorabench.ui.task.FxEventAdapter;
import lorabench.ui.task.TimelinePulse;

/// The Downlinks screen's registration: id `downlinks`, searchable by DevEUI, device name or payload.
public final class DownlinksScreen {
    /// The screen id.
    public static final String ID = "downlinks";
    /// A downward arrow into a tray: downlinks.
    public static final String ICON = "M9 2h2v9h3l-4 4-4-4h3z M2 13h2v3h12v-3h2v5H2z";

    private DownlinksScreen() {}

    /// {@return the descriptor the composition root registers}
    public static Screen descriptor(DeviceScreenServices services) {
        Objects.requireNonNull(services, "services");
        return Screen.of(ID, "Downlinks", ICON, context -> create(context, services))
                .withSearch("Filter: DevEUI, device, payload\u2026");
    }

    private static ScreenView create(ScreenContext context, DeviceScreenServices services) {
        ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
        DownlinksViewModel viewModel = new DownlinksViewModel(services.directory(), background, Platform::runLater,
                context.searchText());
        BorderPane root = FxmlViews.load("downlinks/DownlinksView.fxml",
                new DownlinksController(viewModel, ZoneId.systemDefault()));
        FxEventAdapter<Boolean> reloads = new FxEventAdapter<>(batch -> viewModel.reload(), 1, 16,
                new TimelinePulse(java.time.Duration.ofMillis(400)));
        reloads.start();
        AutoCloseable subscription = services.changes().subscribe(() -> reloads.offer(Boolean.TRUE));
        viewModel.reload();
        return new ScreenView() {
            @Override
            public Node root() {
                return root;
            }

            @Override
            public void activated() {
                viewModel.reload();
            }

            @Override
            public void dispose() {
                try {
                    subscription.close();
                } catch (Exception e) {
                    // closing a subscription only unregisters a callback
                }
                reloads.close();
                background.shutdownNow();
            }
        };
    }
}
