// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.settings;

import java.util.List;
import java.util.Locale;

/// The sections of the Settings screen, with the words the search field matches them by.
public enum SettingsSection {
    APPEARANCE("Appearance", List.of("theme", "light", "dark", "colour", "color", "appearance")),
    LIVE_FRAMES("Live frames", List.of("live", "frames", "rows", "row", "limit", "table")),
    DATA("Data", List.of("data", "directory", "folder", "storage", "preferences", "files")),
    ABOUT("About", List.of("about", "version", "java", "javafx", "system"));

    private final String title;
    private final List<String> keywords;

    SettingsSection(String title, List<String> keywords) {
        this.title = title;
        this.keywords = keywords;
    }

    public String title() {
        return title;
    }

    /// {@return whether the search `query` matches this section: blank matches all; else every word of the
    /// query must prefix a keyword or occur in the title (case-insensitive)}
    public boolean matches(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        for (String word : q.split("\\s+")) {
            if (!lowerTitle.contains(word) && keywords.stream().noneMatch(k -> k.startsWith(word))) {
                return false;
            }
        }
        return true;
    }
}
