// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

import java.util.List;
import javafx.scene.Node;

/// A created screen: its content and what it contributes to the shell's toolbar.
public interface ScreenView {
    /// {@return the node shown in the centre of the window}
    Node root();

    /// {@return the screen's toolbar actions (buttons, menu buttons, toggles), left to right}
    default List<Node> toolbarItems() {
        return List.of();
    }

    /// Called on the FX thread each time the screen becomes the selected one.
    default void activated() {}

    /// Called on the FX thread each time another screen replaces this one.
    default void deactivated() {}

    /// Called once when the main window closes: release listeners and subscriptions here.
    default void dispose() {}

    /// {@return a view made of `root` and `toolbarItems`, without lifecycle callbacks}
    static ScreenView of(Node root, Node... toolbarItems) {
        List<Node> items = List.of(toolbarItems);
        return new ScreenView() {
            @Override
            public Node root() {
                return root;
            }

            @Override
            public List<Node> toolbarItems() {
                return items;
            }
        };
    }
}
