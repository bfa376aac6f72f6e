// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import lorabench.ui.FxmlViews;
import lorabench.ui.shell.Icons;
import lorabench.ui.shell.Screen;
import lorabench.ui.shell.ScreenView;

/// The Keys lab's registration: id `keys-lab`, no search.
public final class KeysLabScreen {
    /// The screen id.
    public static final String ID = "keys-lab";

    private KeysLabScreen() {}

    /// {@return the descriptor the composition root registers}
    public static Screen descriptor() {
        return descriptor(new JoinHandoff());
    }

    /// {@return the descriptor}; joins sent through `joins` (e.g. from Live frames) prefill the derivation
    public static Screen descriptor(JoinHandoff joins) {
        Objects.requireNonNull(joins, "joins");
        return Screen.of(ID, "Keys lab", Icons.KEY, context -> view(new SecureRandom(),
                KeysLabScreen::copyToClipboard, joins));
    }

    /// {@return the screen's view}, with `random` for "Random" and copying to `clipboard`
    static ScreenView view(RandomGenerator random, Consumer<String> clipboard) {
        return view(random, clipboard, new JoinHandoff());
    }

    /// {@return the screen's view}, prefilled by every join `joins` delivers
    static ScreenView view(RandomGenerator random, Consumer<String> clipboard, JoinHandoff joins) {
        KeysLabViewModel viewModel = new KeysLabViewModel(random, clipboard);
        ScrollPane root = FxmlViews.load("keys/KeysLab.fxml", new KeysLabController(viewModel));
        joins.receiveWith(viewModel::prefill);
        return new ScreenView() {
            @Override
            public Node root() {
                return root;
            }

            @Override
            public void dispose() {
                joins.stopReceiving();
            }
        };
    }

    /// Puts `text` on the system clipboard (FX thread).
    static void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
