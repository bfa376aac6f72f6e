// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.scene.input.KeyCombination;

/// A menu-bar entry contributed by the composition root (File → Export session log…, Help → API credentials…).
/// The shell inserts File entries above Quit and Help entries above About, in registration order.
///
/// @param menu        which menu it goes in
/// @param id          the menu item's node id (lower-case words joined by `-`), for tests and accessibility
/// @param text        the item text; `_` marks the mnemonic
/// @param accelerator an optional shortcut
/// @param action      runs on the FX thread with the window's services
public record MenuCommand(Menu menu, String id, String text, Optional<KeyCombination> accelerator,
        Consumer<WindowServices> action) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /// The menus that take contributed entries.
    public enum Menu { FILE, HELP }

    public MenuCommand {
        Objects.requireNonNull(menu, "menu");
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("menu command id must be lower-case words joined by '-': " + id);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(accelerator, "accelerator");
        Objects.requireNonNull(action, "action");
    }

    /// {@return an entry without shortcut}
    public static MenuCommand of(Menu menu, String id, String text, Consumer<WindowServices> action) {
        return new MenuCommand(menu, id, text, Optional.empty(), action);
    }

    public MenuCommand withAccelerator(KeyCombination combination) {
        return new MenuCommand(menu, id, text, Optional.of(combination), action);
    }
}
