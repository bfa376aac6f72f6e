// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.settings;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import lorabench.ui.AboutInfo;
import lorabench.ui.dialog.DialogService;
import lorabench.ui.theme.ThemeChoice;

/// The Settings screen: theme, the Live frames row limit (validated here, applied as soon as it is valid),
/// the data directory (read-only), the About facts, and section filtering by the shell's search text.
public final class SettingsViewModel {
    private final UiSettings settings;
    private final DialogService dialogs;
    private final AboutInfo about;
    private final Path dataDirectory;
    private final Path preferencesFile;
    private final StringProperty rowLimitText = new SimpleStringProperty(this, "rowLimitText");
    private final ReadOnlyStringWrapper rowLimitError = new ReadOnlyStringWrapper(this, "rowLimitError", "");
    private final Map<SettingsSection, ReadOnlyBooleanWrapper> visible = new EnumMap<>(SettingsSection.class);
    private final ReadOnlyBooleanWrapper nothingMatches = new ReadOnlyBooleanWrapper(this, "nothingMatches");

    public SettingsViewModel(UiSettings settings, DialogService dialogs, AboutInfo about, Path dataDirectory,
            ObservableStringValue searchText) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.about = Objects.requireNonNull(about, "about");
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.preferencesFile = UiPreferencesStore.inDataDirectory(this.dataDirectory).file();
        for (SettingsSection s : SettingsSection.values()) {
            visible.put(s, new ReadOnlyBooleanWrapper(this, s.name(), true));
        }
        rowLimitText.set(format(settings.liveFramesRowLimitProperty().get()));
        rowLimitText.addListener((obs, old, now) -> applyRowLimit(now));
        settings.liveFramesRowLimitProperty().addListener((obs, old, now) -> {
            if (parse(rowLimitText.get()).orElse(-1) != now.intValue()) {
                rowLimitText.set(format(now.intValue()));
            }
        });
        filter(searchText.get());
        searchText.addListener((obs, old, now) -> filter(now));
    }

    /// {@return the themes offered, in order}
    public List<ThemeChoice> themes() {
        return List.of(ThemeChoice.values());
    }

    /// {@return the theme preference (bound bidirectionally by the view)}
    public ObjectProperty<ThemeChoice> themeProperty() {
        return settings.themeProperty();
    }

    /// {@return the row-limit text as typed; each valid value is applied at once}
    public StringProperty rowLimitTextProperty() {
        return rowLimitText;
    }

    /// {@return why the typed row limit is rejected, empty when valid}
    public ReadOnlyStringProperty rowLimitErrorProperty() {
        return rowLimitError.getReadOnlyProperty();
    }

    /// {@return the explanation under the row-limit field}
    public String rowLimitHelp() {
        return "The Live frames table keeps at most this many rows; older rows are removed first ("
                + format(UiPreferences.MIN_ROW_LIMIT) + " to " + format(UiPreferences.MAX_ROW_LIMIT) + ").";
    }

    public String dataDirectoryText() {
        return dataDirectory.toString();
    }

    public String preferencesFileText() {
        return preferencesFile.toString();
    }

    public AboutInfo about() {
        return about;
    }

    /// {@return whether `section` matches the current search}
    public ReadOnlyBooleanProperty visibleProperty(SettingsSection section) {
        return visible.get(section).getReadOnlyProperty();
    }

    /// {@return true when the search hides every section}
    public ReadOnlyBooleanProperty nothingMatchesProperty() {
        return nothingMatches.getReadOnlyProperty();
    }

    /// Asks for confirmation, then restores the default theme and row limit.
    public void resetToDefaults() {
        if (dialogs.showConfirmation("Reset settings",
                "Restore the default theme and Live frames row limit?", "Reset")) {
            settings.themeProperty().set(UiPreferences.DEFAULT.theme());
            settings.setLiveFramesRowLimit(UiPreferences.DEFAULT_ROW_LIMIT);
            rowLimitText.set(format(UiPreferences.DEFAULT_ROW_LIMIT));
        }
    }

    private void applyRowLimit(String text) {
        OptionalInt value = parse(text);
        if (value.isEmpty()) {
            rowLimitError.set("Enter a whole number.");
        } else if (value.getAsInt() < UiPreferences.MIN_ROW_LIMIT || value.getAsInt() > UiPreferences.MAX_ROW_LIMIT) {
            rowLimitError.set("Enter a number from " + format(UiPreferences.MIN_ROW_LIMIT) + " to "
                    + format(UiPreferences.MAX_ROW_LIMIT) + ".");
        } else {
            rowLimitError.set("");
            settings.setLiveFramesRowLimit(value.getAsInt());
        }
    }

    /// Accepts digits with optional `,`, `_` or space group separators ("10,000").
    static OptionalInt parse(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String digits = text.strip().replaceAll("[,_ \u00a0]", "");
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(digits));
    }

    private static String format(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private void filter(String query) {
        boolean any = false;
        for (SettingsSection s : SettingsSection.values()) {
            boolean match = s.matches(query);
            visible.get(s).set(match);
            any |= match;
        }
        nothingMatches.set(!any);
    }
}
