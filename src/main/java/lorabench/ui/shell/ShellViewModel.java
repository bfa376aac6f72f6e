// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lorabench.ui.theme.ThemeChoice;

/// The main window's state: which screen is selected, each screen's search text, the window title and the
/// theme command. Knows nothing of nodes, so it is tested with plain JUnit.
public final class ShellViewModel {
    /// The application name, shown in the window title.
    public static final String APP_NAME = "LoRaBench";

    private final List<NavItem> items;
    private final Map<String, StringProperty> searchTexts = new HashMap<>();
    private final ReadOnlyObjectWrapper<NavItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", APP_NAME);
    private final ReadOnlyStringWrapper searchPrompt = new ReadOnlyStringWrapper(this, "searchPrompt", "");
    private final ReadOnlyBooleanWrapper searchEnabled = new ReadOnlyBooleanWrapper(this, "searchEnabled");
    private final StringProperty lastScreen;
    private final ObjectProperty<ThemeChoice> theme;

    /// @param screens    the registered screens, in rail order (ids must be unique)
    /// @param lastScreen the remembered screen id; written on every selection
    /// @param theme      the theme preference that [#toggleTheme()] flips
    public ShellViewModel(List<Screen> screens, StringProperty lastScreen, ObjectProperty<ThemeChoice> theme) {
        this.lastScreen = Objects.requireNonNull(lastScreen, "lastScreen");
        this.theme = Objects.requireNonNull(theme, "theme");
        var ids = new HashSet<String>();
        for (Screen s : screens) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("duplicate screen id: " + s.id());
            }
        }
        this.items = java.util.stream.IntStream.range(0, screens.size())
                .mapToObj(i -> NavItem.of(screens.get(i), i)).toList();
        items.forEach(item -> searchTexts.put(item.id(), new SimpleStringProperty(this, item.id() + ".search", "")));
        selected.addListener((obs, old, now) -> onSelected(now));
        String remembered = lastScreen.get();
        selected.set(find(remembered == null ? "" : remembered).orElse(items.isEmpty() ? null : items.getFirst()));
    }

    /// {@return the rail entries, in order}
    public List<NavItem> items() {
        return items;
    }

    /// {@return the selected entry; null only when no screen is registered}
    public ReadOnlyObjectProperty<NavItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /// Selects the screen with `id`. {@return false when there is no such screen}
    public boolean select(String id) {
        Optional<NavItem> item = find(id);
        item.ifPresent(selected::set);
        return item.isPresent();
    }

    /// Selects the entry at `index` (0-based, the Ctrl+digit shortcuts). {@return false when out of range}
    public boolean selectIndex(int index) {
        if (index < 0 || index >= items.size()) {
            return false;
        }
        selected.set(items.get(index));
        return true;
    }

    /// {@return the search text of screen `id`: the screen binds its filter to it}
    public StringProperty searchTextOf(String id) {
        StringProperty text = searchTexts.get(id);
        if (text == null) {
            throw new IllegalArgumentException("unknown screen: " + id);
        }
        return text;
    }

    /// {@return "LoRaBench — <screen title>"}
    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    /// {@return the search field's prompt for the selected screen}
    public ReadOnlyStringProperty searchPromptProperty() {
        return searchPrompt.getReadOnlyProperty();
    }

    /// {@return whether the selected screen accepts a search text}
    public ReadOnlyBooleanProperty searchEnabledProperty() {
        return searchEnabled.getReadOnlyProperty();
    }

    /// Flips between the light and dark theme.
    public void toggleTheme() {
        theme.set(theme.get().toggled());
    }

    /// {@return the theme preference}
    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    private Optional<NavItem> find(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    private void onSelected(NavItem item) {
        if (item == null) {
            windowTitle.set(APP_NAME);
            searchPrompt.set("");
            searchEnabled.set(false);
            return;
        }
        lastScreen.set(item.id());
        windowTitle.set(APP_NAME + " \u2014 " + item.title());
        searchPrompt.set(item.searchPrompt().map(p -> p + "  (Ctrl+F)").orElse("Search"));
        searchEnabled.set(item.searchPrompt().isPresent());
    }
}
