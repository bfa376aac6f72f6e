// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.theme;

import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Scene;

/// Applies the chosen theme: the AtlantaFX theme becomes the user-agent stylesheet, `app.css` is layered on
/// the scene, and the root gets the `:dark` pseudo-class in dark mode. Follows `theme` as it changes.
public final class ThemeManager {
    private final ObjectProperty<ThemeChoice> theme;

    public ThemeManager(ObjectProperty<ThemeChoice> theme) {
        this.theme = Objects.requireNonNull(theme, "theme");
    }

    /// Styles `scene` now and whenever the theme changes. Call on the FX thread.
    public void install(Scene scene) {
        String appCss = Objects.requireNonNull(ThemeManager.class.getResource(Css.APP_STYLESHEET),
                Css.APP_STYLESHEET).toExternalForm();
        if (!scene.getStylesheets().contains(appCss)) {
            scene.getStylesheets().add(appCss);
        }
        scene.getRoot().getStyleClass().add(Css.APP_ROOT);
        apply(scene, theme.get());
        theme.addListener((obs, old, now) -> apply(scene, now));
    }

    /// Switches between light and dark.
    public void toggle() {
        theme.set(theme.get().toggled());
    }

    private static void apply(Scene scene, ThemeChoice choice) {
        Application.setUserAgentStylesheet(choice.userAgentStylesheet());
        scene.getRoot().pseudoClassStateChanged(Css.DARK, choice.isDark());
    }
}
