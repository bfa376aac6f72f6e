// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;

/// The two themes of LoRaBench: AtlantaFX Primer (GitHub's design tokens), light and dark.
public enum ThemeChoice {
    LIGHT("Light", new PrimerLight()),
    DARK("Dark", new PrimerDark());

    private final String displayName;
    private final Theme theme;

    ThemeChoice(String displayName, Theme theme) {
        this.displayName = displayName;
        this.theme = theme;
    }

    /// {@return the name shown in menus and the settings screen}
    public String displayName() {
        return displayName;
    }

    /// {@return the AtlantaFX user-agent stylesheet of this theme}
    public String userAgentStylesheet() {
        return theme.getUserAgentStylesheet();
    }

    /// {@return whether this is a dark theme (sets the root `:dark` pseudo-class)}
    public boolean isDark() {
        return theme.isDarkMode();
    }

    /// {@return the other theme}
    public ThemeChoice toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /// {@return the theme named `name` (case-insensitive), or `fallback` when unknown}
    public static ThemeChoice parse(String name, ThemeChoice fallback) {
        for (ThemeChoice c : values()) {
            if (c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return fallback;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
