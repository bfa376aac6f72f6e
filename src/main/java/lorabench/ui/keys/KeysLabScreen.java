// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

import java.security.SecureRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import lorabench.ui.FxmlViews;
import lorabench.ui.shell.Icons;
import lorabench.ui.shell.Screen;
import lorabench.ui.shell.ScreenContext;
import lorabench.ui.shell.ScreenView;

/// The Keys lab's registration: id `keys-lab`, no search.
public final class KeysLabScreen {
    /// The screen id.
    public static final String ID = "keys-lab";

    private KeysLabScreen() {}

    /// {@return the descriptor the composition root registers}
    public static Screen descriptor() {
        return Screen.of(ID, "Keys lab", Icons.KEY, KeysLabScreen::create);
    }

    private static ScreenView create(ScreenContext context) {
        return view(new SecureRandom(), KeysLabScreen::copyToClipboard);
    }

    /// {@return the screen's view}, with `random` for "Random" and copying to `clipboard`
    static ScreenView view(RandomGenerator random, Consumer<String> clipboard) {
        KeysLabViewModel viewModel = new KeysLabViewModel(random, clipboard);
        ScrollPane root = FxmlViews.load("keys/KeysLab.fxml", new KeysLabController(viewModel));
        return ScreenView.of(root);
    }

    /// Puts `text` on the system clipboard (FX thread).
    static void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
