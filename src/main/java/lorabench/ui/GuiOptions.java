// SPDX-License-Identifier: Apache-2.0
package lorabench.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import lorabench.ui.theme.ThemeChoice;

/// How the GUI is started.
///
/// @param dataDirectory where `ui.json` (and the server's data) live; `~/.lorabench` by default
/// @param snapshot      when present, save a PNG of the main window there after the first layout, then exit
/// @param theme         when present, use this theme (it is remembered like a menu choice)
public record GuiOptions(Path dataDirectory, Optional<Path> snapshot, Optional<ThemeChoice> theme) {
    /// System property overriding the data directory.
    public static final String DATA_PROPERTY = "lorabench.data";
    /// System property asking for a snapshot PNG (used by `scripts/screenshot.sh`).
    public static final String SNAPSHOT_PROPERTY = "lorabench.snapshot";
    /// System property choosing the theme: `light` or `dark`.
    public static final String THEME_PROPERTY = "lorabench.theme";

    public GuiOptions {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(theme, "theme");
    }

    /// {@return the default data directory, `~/.lorabench`}
    public static Path defaultDataDirectory() {
        return Path.of(System.getProperty("user.home"), ".lorabench");
    }

    /// {@return options from the `lorabench.data`, `lorabench.snapshot` and `lorabench.theme` system properties}
    public static GuiOptions fromSystemProperties() {
        String data = System.getProperty(DATA_PROPERTY, "");
        String snapshot = System.getProperty(SNAPSHOT_PROPERTY, "");
        String theme = System.getProperty(THEME_PROPERTY, "");
        return new GuiOptions(data.isBlank() ? defaultDataDirectory() : Path.of(data),
                snapshot.isBlank() ? Optional.empty() : Optional.of(Path.of(snapshot)),
                theme.isBlank() ? Optional.empty() : Optional.of(ThemeChoice.parse(theme, ThemeChoice.LIGHT)));
    }
}
