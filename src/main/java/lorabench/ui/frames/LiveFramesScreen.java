// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import lorabench.ui.FxmlViews;
import lorabench.ui.keys.JoinHandoff;
import lorabench.ui.keys.JoinInputs;
import lorabench.ui.keys.KeysLabScreen;
import lorabench.ui.shell.Icons;
import lorabench.ui.shell.Screen;
import lorabench.ui.shell.ScreenContext;
import lorabench.ui.shell.ScreenView;
import lorabench.ui.task.FxEventAdapter;
import lorabench.ui.task.TimelinePulse;

/// The Live frames screen's registration: id `live-frames`, searchable (DevAddr, DevEUI, MType, gateway ...).
public final class LiveFramesScreen {
    /// The screen id.
    public static final String ID = "live-frames";

    private LiveFramesScreen() {}

    /// {@return the descriptor the composition root registers}; `feed` delivers the server's frames
    /// ([FrameFeed#none()] until a server is composed in: the screen then lists the frames pasted with
    /// "Decode hex…")
    public static Screen descriptor(FrameFeed feed) {
        return descriptor(feed, Optional.empty());
    }

    /// {@return the descriptor with a "Keys lab" action}: a selected join goes through `keysLab` to the Keys lab
    /// screen, which is then selected
    public static Screen descriptor(FrameFeed feed, JoinHandoff keysLab) {
        return descriptor(feed, Optional.of(Objects.requireNonNull(keysLab, "keysLab")));
    }

    private static Screen descriptor(FrameFeed feed, Optional<JoinHandoff> keysLab) {
        Objects.requireNonNull(feed, "feed");
        return Screen.of(ID, "Live frames", Icons.FRAMES, context -> create(context, feed, keysLab))
                .withSearch("Filter: DevAddr, DevEUI, MType, gateway\u2026");
    }

    private static ScreenView create(ScreenContext context, FrameFeed feed, Optional<JoinHandoff> keysLab) {
        return view(context, feed, LiveFramesScreen::copy, ZoneId.systemDefault(), keysLab.map(h -> inputs -> {
            h.send(inputs);
            context.navigate(KeysLabScreen.ID);
        }));
    }

    /// {@return the screen's view}, copying to `clipboard` and showing times in `zone`
    static ScreenView view(ScreenContext context, FrameFeed feed, Consumer<String> clipboard, ZoneId zone) {
        return view(context, feed, clipboard, zone, Optional.empty());
    }

    /// {@return the screen's view}, copying to `clipboard`, showing times in `zone`, and opening joins with
    /// `keysLab` when given
    static ScreenView view(ScreenContext context, FrameFeed feed, Consumer<String> clipboard, ZoneId zone,
            Optional<Consumer<JoinInputs>> keysLab) {
        LiveFramesViewModel viewModel = new LiveFramesViewModel(feed, new TimelinePulse(FxEventAdapter.DEFAULT_PERIOD),
                context.settings().liveFramesRowLimitProperty(), context.searchText(), clipboard, zone);
        DecodeInputViewModel decode = new DecodeInputViewModel(Clock.systemUTC(), viewModel::addManual);
        LiveFramesController controller = new LiveFramesController(viewModel, decode, keysLab);
        BorderPane root = FxmlViews.load("frames/LiveFrames.fxml", controller);
        List<Node> toolbar = controller.toolbarItems();
        viewModel.start();
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

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
