// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Creates each screen's view on first use, keeps it, and runs the activation callbacks on switches. When a
/// factory fails, the screen area shows the failure instead (and the next visit tries again).
final class ScreenHost {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenHost.class);

    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final Function<String, ScreenContext> contexts;
    private final Map<String, ScreenView> views = new HashMap<>();
    private ScreenView current;

    ScreenHost(List<Screen> screens, Function<String, ScreenContext> contexts) {
        screens.forEach(s -> this.screens.put(s.id(), s));
        this.contexts = Objects.requireNonNull(contexts, "contexts");
    }

    /// Deactivates the current view and activates (creating if needed) the view of `id`.
    ScreenView show(String id) {
        if (current != null) {
            current.deactivated();
        }
        ScreenView view = views.get(id);
        if (view == null) {
            view = create(id);
        }
        current = view;
        view.activated();
        return view;
    }

    private ScreenView create(String id) {
        Screen screen = Objects.requireNonNull(screens.get(id), () -> "unknown screen " + id);
        try {
            ScreenView view = Objects.requireNonNull(screen.factory().create(contexts.apply(id)), "factory returned null");
            views.put(id, view);
            return view;
        } catch (Exception e) {
            LOG.error("Could not open the {} screen", screen.title(), e);
            Label title = new Label("The " + screen.title() + " screen could not be opened");
            title.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_3);
            Label reason = new Label(String.valueOf(e.getMessage()));
            reason.setWrapText(true);
            VBox box = new VBox(8, title, reason);
            box.setAlignment(Pos.CENTER);
            return ScreenView.of(box);
        }
    }

    /// Disposes every created view (window closing).
    void disposeAll() {
        views.values().forEach(ScreenView::dispose);
        views.clear();
        current = null;
    }
}
