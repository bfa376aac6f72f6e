// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.scenarios;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import lorabench.ui.FxmlViews;
import lorabench.ui.shell.Screen;
import lorabench.ui.shell.ScreenContext;
import lorabench.ui.shell.ScreenView;
import lorabench.ui.task.TimelinePulse;

/// The Scenarios screen's registration: id `scenarios`, no search.
public final class ScenariosScreen {
    /// The screen id.
    public static final String ID = "scenarios";
    /// A framed page with a play triangle: the rail icon (20 × 20).
    public static final String ICON = "M3 3h14v14H3z M5 5v10h10V5z M8 6.5l5.5 3.5l-5.5 3.5z";
    /// How often the runs' reports reach the screen at most (a virtual-time run reports about 200 times however
    /// fast it goes, a real-time one every second).
    static final Duration UPDATE_PERIOD = Duration.ofMillis(250);

    private ScenariosScreen() {}

    /// {@return the descriptor the composition root registers}: runs go through `engine`, the samples are the
    /// files of `samples` ([ScenarioFiles#findSamples]; empty lists none)
    public static Screen descriptor(ScenarioEngine engine, Optional<Path> samples) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(samples, "samples");
        return Screen.of(ID, "Scenarios", ICON, context -> create(context, engine, samples));
    }

    private static ScreenView create(ScreenContext context, ScenarioEngine engine, Optional<Path> samples) {
        ScenariosViewModel viewModel = new ScenariosViewModel(engine, samples, context.tasks(), context.dialogs(),
                new TimelinePulse(UPDATE_PERIOD));
        ScenariosController controller = new ScenariosController(viewModel);
        BorderPane root = FxmlViews.load("scenarios/ScenariosView.fxml", controller);
        List<Node> toolbar = controller.toolbarItems();
        viewModel.reloadSamples();
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
            public void dispose() {
                viewModel.close();
            }
        };
    }
}
