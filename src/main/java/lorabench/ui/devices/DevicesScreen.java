// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import lorabench.lorawan.types.Eui64;
import lorabench.ui.FxmlViews;
import lorabench.ui.shell.Icons;
import lorabench.ui.shell.Screen;
import lorabench.ui.shell.ScreenContext;
import lorabench.ui.shell.ScreenView;
import lorabench.ui.task.FxEventAdapter;
import lorabench.ui.task.TimelinePulse;

/// The Devices screen's registration: id `devices`, searchable (DevEUI, name, DevAddr, status, "virtual" ...).
public final class DevicesScreen {
    /// The screen id.
    public static final String ID = "devices";
    /// How often at most the screen reloads while the server reports changes.
    static final Duration RELOAD_PERIOD = Duration.ofMillis(400);

    private DevicesScreen() {}

    /// {@return the descriptor the composition root registers}
    public static Screen descriptor(DeviceScreenServices services) {
        Objects.requireNonNull(services, "services");
        return Screen.of(ID, "Devices", Icons.DEVICE, context -> create(context, services))
                .withSearch("Filter: DevEUI, name, DevAddr, status\u2026");
    }

    private static ScreenView create(ScreenContext context, DeviceScreenServices services) {
        ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
        SecureRandom random = new SecureRandom();
        DeviceListViewModel list = new DeviceListViewModel(services.directory(), services.simulator(),
                context.dialogs(), context.tasks(), background, Platform::runLater, random, context.searchText());
        DeviceDetailViewModel detail = new DeviceDetailViewModel(services.directory(), services.simulator(),
                context.tasks(), background, Platform::runLater);
        Runnable addGateway = () -> {
            Eui64 eui = new Eui64(SimulatedDevices.DEFAULT_GATEWAY.value() + services.simulator().gateways().size());
            context.tasks().run("Adding virtual gateway", p -> services.simulator().addGateway(eui).get(),
                    added -> context.dialogs().showInformation("Virtual gateway added", "Virtual gateway " + added
                            + " is connected to the embedded server over UDP."));
        };
        DevicesController controller = new DevicesController(list, detail, ZoneId.systemDefault(), addGateway);
        SplitPane root = FxmlViews.load("devices/DevicesView.fxml", controller);
        List<Node> toolbar = controller.toolbarItems();
        FxEventAdapter<Boolean> reloads = new FxEventAdapter<>(batch -> {
            list.reload();
            detail.reload();
        }, 1, 16, new TimelinePulse(RELOAD_PERIOD));
        reloads.start();
        AutoCloseable subscription = services.changes().subscribe(() -> reloads.offer(Boolean.TRUE));
        list.reload();
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
                list.reload();
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
