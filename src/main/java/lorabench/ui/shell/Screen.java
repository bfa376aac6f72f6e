// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.scene.input.KeyCombination;

/// A navigation-rail entry registered by the composition root: the shell shows `title` with `icon` in the
/// rail and creates the view with `factory` when the screen is first opened.
///
/// The n-th registered screen (n = 1..9) is also selected by Ctrl+n; `shortcut` adds one more combination.
///
/// @param id           stable identifier (lower-case words joined by `-`), remembered as the last screen
/// @param title        the rail label and window-title suffix
/// @param icon         SVG path data drawn in a 20 × 20 box (see [Icons]); text glyphs are not used because
///                     icon fonts are not available
/// @param shortcut     an extra accelerator, e.g. `Shortcut+Comma` for Settings
/// @param searchPrompt the search field's prompt while this screen is selected; empty disables the field
/// @param factory      builds the view lazily
public record Screen(String id, String title, String icon, Optional<KeyCombination> shortcut,
        Optional<String> searchPrompt, ScreenFactory factory) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public Screen {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("screen id must be lower-case words joined by '-': " + id);
        }
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("screen title must not be blank");
        }
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(shortcut, "shortcut");
        Objects.requireNonNull(searchPrompt, "searchPrompt");
        Objects.requireNonNull(factory, "factory");
    }

    /// {@return a screen without extra shortcut and without search}
    public static Screen of(String id, String title, String icon, ScreenFactory factory) {
        return new Screen(id, title, icon, Optional.empty(), Optional.empty(), factory);
    }

    public Screen withShortcut(KeyCombination combination) {
        return new Screen(id, title, icon, Optional.of(combination), searchPrompt, factory);
    }

    /// {@return this screen with the search field enabled, showing `prompt`}
    public Screen withSearch(String prompt) {
        return new Screen(id, title, icon, shortcut, Optional.of(prompt), factory);
    }
}
