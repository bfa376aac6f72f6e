// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

import java.util.Objects;
import java.util.Optional;

/// A rail entry as the view model sees it: the [Screen]'s descriptive parts plus its position shortcut.
///
/// @param index        0-based position in the rail
/// @param shortcutText "Ctrl+1" .. "Ctrl+9" for the first nine entries, else empty
public record NavItem(String id, String title, String icon, int index, String shortcutText,
        Optional<String> searchPrompt) {
    /// How many entries get a Ctrl+digit shortcut.
    public static final int DIGIT_SHORTCUTS = 9;

    public NavItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(shortcutText, "shortcutText");
        Objects.requireNonNull(searchPrompt, "searchPrompt");
    }

    static NavItem of(Screen screen, int index) {
        String shortcut = index < DIGIT_SHORTCUTS ? "Ctrl+" + (index + 1) : "";
        return new NavItem(screen.id(), screen.title(), screen.icon(), index, shortcut, screen.searchPrompt());
    }
}
