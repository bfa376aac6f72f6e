// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// One text input parsed live by a typed parser (`AesKey::parse`, `JoinNonce::parse` ...): the view binds the
/// text bidirectionally and shows [#errorProperty()] next to the field. An empty field is "missing", not an error,
/// until the user has typed something, so a fresh form is not covered in red.
///
/// @param <T> the parsed value
public final class ValidatedField<T> {
    private final String name;
    private final Function<String, T> parser;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<Optional<T>> value = new ReadOnlyObjectWrapper<>(this, "value", Optional.empty());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /// @param name   the spec name shown in messages, e.g. `AppKey`
    /// @param parser throws [IllegalArgumentException] with a readable message for bad input
    public ValidatedField(String name, Function<String, T> parser) {
        this.name = Objects.requireNonNull(name, "name");
        this.parser = Objects.requireNonNull(parser, "parser");
        text.addListener((obs, old, now) -> parse(now));
    }

    private void parse(String input) {
        if (input == null || input.isBlank()) {
            value.set(Optional.empty());
            error.set(name + " is required.");
            return;
        }
        try {
            value.set(Optional.of(parser.apply(input)));
            error.set("");
        } catch (IllegalArgumentException e) {
            value.set(Optional.empty());
            error.set(readable(e.getMessage()));
        }
    }

    /// Strips the parser's own field prefix ("key: ", "NetID: ") and capitalises the rest.
    private String readable(String message) {
        String m = message == null ? "invalid value" : message;
        int colon = m.indexOf(": ");
        if (colon > 0 && colon < 12) {
            m = m.substring(colon + 2);
        }
        return name + ": " + m + (m.endsWith(".") ? "" : ".");
    }

    public String name() {
        return name;
    }

    /// {@return the text as typed}
    public StringProperty textProperty() {
        return text;
    }

    /// {@return the parsed value, empty while the text is empty or invalid}
    public ReadOnlyObjectProperty<Optional<T>> valueProperty() {
        return value.getReadOnlyProperty();
    }

    /// {@return why the text is rejected; empty when valid or never typed}
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /// {@return true while the field holds a valid value}
    public BooleanBinding validBinding() {
        return Bindings.createBooleanBinding(() -> value.get().isPresent(), value);
    }

    public Optional<T> value() {
        return value.get();
    }

    /// {@return the value}
    /// @throws IllegalStateException when the field is not valid
    public T require() {
        return value.get().orElseThrow(() -> new IllegalStateException(name + " is not valid"));
    }

    public void setText(String newText) {
        text.set(newText);
    }
}
