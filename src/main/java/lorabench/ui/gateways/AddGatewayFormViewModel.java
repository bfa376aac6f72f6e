// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import lorabench.lorawan.types.Eui64;
import lorabench.store.Position;

/// The "Add virtual gateway" form: EUI (16 hex digits, with "Generate"), name and position. Every field is
/// validated as it is typed; [#validProperty()] is true only when all are.
public final class AddGatewayFormViewModel {
    /// Longest name (the store's `gateways.name` column holds 256).
    static final int MAX_NAME = 64;
    /// The EUI prefix of generated gateways (the one of the gateway the Devices screen adds first).
    static final long GENERATED_PREFIX = 0xAA555A0000000000L;
    private static final double MIN_ALTITUDE = -500;
    private static final double MAX_ALTITUDE = 9_000;

    /// A valid form's content.
    public record Request(Eui64 eui, String name, Position position) {}

    private final Set<Eui64> taken;
    private final RandomGenerator random;
    private final StringProperty eui = new SimpleStringProperty(this, "eui", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty latitude = new SimpleStringProperty(this, "latitude", "");
    private final StringProperty longitude = new SimpleStringProperty(this, "longitude", "");
    private final StringProperty altitude = new SimpleStringProperty(this, "altitude", "0");
    private final ReadOnlyStringWrapper euiError = new ReadOnlyStringWrapper(this, "euiError", "");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper latitudeError = new ReadOnlyStringWrapper(this, "latitudeError", "");
    private final ReadOnlyStringWrapper longitudeError = new ReadOnlyStringWrapper(this, "longitudeError", "");
    private final ReadOnlyStringWrapper altitudeError = new ReadOnlyStringWrapper(this, "altitudeError", "");
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper(this, "saveError", "");
    private final BooleanBinding valid;

    /// @param taken     the EUIs of the existing virtual gateways (refused)
    /// @param suggested the position filled in
    public AddGatewayFormViewModel(Set<Eui64> taken, Optional<Position> suggested, RandomGenerator random) {
        this.taken = Set.copyOf(taken);
        this.random = Objects.requireNonNull(random, "random");
        eui.addListener((o, a, b) -> euiError.set(euiProblem(b)));
        name.addListener((o, a, b) -> nameError.set(nameProblem(b)));
        latitude.addListener((o, a, b) -> latitudeError.set(rangeProblem("Latitude", b, -90, 90)));
        longitude.addListener((o, a, b) -> longitudeError.set(rangeProblem("Longitude", b, -180, 180)));
        altitude.addListener((o, a, b) -> altitudeError.set(rangeProblem("Altitude", b, MIN_ALTITUDE,
                MAX_ALTITUDE)));
        valid = Bindings.createBooleanBinding(() -> parse().isPresent(), eui, name, latitude, longitude, altitude);
        suggested.ifPresent(p -> {
            latitude.set(format(p.latitude()));
            longitude.set(format(p.longitude()));
            altitude.set(format(p.altitude()));
        });
        generateEui();
        name.set("virtual-gw-" + eui.get().substring(12).toLowerCase(Locale.ROOT));
        latitudeError.set(rangeProblem("Latitude", latitude.get(), -90, 90));
        longitudeError.set(rangeProblem("Longitude", longitude.get(), -180, 180));
    }

    private static String format(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /// Fills in a random EUI with the `AA555A` prefix that no virtual gateway has.
    public void generateEui() {
        Eui64 next;
        do {
            next = new Eui64(GENERATED_PREFIX | (random.nextLong() & 0xFF_FFFF_FFFFL));
        } while (taken.contains(next));
        eui.set(next.toString());
    }

    String euiProblem(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("[0-9A-Fa-f]{16}")) {
            return "EUI must be 16 hex digits";
        }
        Eui64 e = Eui64.parse(t);
        if (e.value() == 0) {
            return "EUI must not be 0000000000000000";
        }
        return taken.contains(e) ? "A virtual gateway " + e + " exists already" : "";
    }

    static String nameProblem(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return "Name is required";
        }
        return t.length() > MAX_NAME ? "Name must be at most " + MAX_NAME + " characters" : "";
    }

    static String rangeProblem(String what, String text, double min, double max) {
        Optional<Double> v = number(text);
        if (v.isEmpty()) {
            return what + " must be a number";
        }
        return v.get() < min || v.get() > max ? what + " must be " + format(min) + " to " + format(max) : "";
    }

    private static Optional<Double> number(String text) {
        try {
            double v = Double.parseDouble(text == null ? "" : text.strip());
            return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /// {@return the form's content when every field is valid}
    public Optional<Request> parse() {
        if (!euiProblem(eui.get()).isEmpty() || !nameProblem(name.get()).isEmpty()
                || !rangeProblem("", latitude.get(), -90, 90).isEmpty()
                || !rangeProblem("", longitude.get(), -180, 180).isEmpty()
                || !rangeProblem("", altitude.get(), MIN_ALTITUDE, MAX_ALTITUDE).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Request(Eui64.parse(eui.get().strip()), name.get().strip(), new Position(
                number(latitude.get()).orElseThrow(), number(longitude.get()).orElseThrow(),
                number(altitude.get()).orElseThrow())));
    }

    /// Shows why storing or connecting the gateway failed (empty clears it).
    public void showSaveError(String message) {
        saveError.set(Objects.requireNonNull(message, "message"));
    }

    public StringProperty euiProperty() {
        return eui;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty latitudeProperty() {
        return latitude;
    }

    public StringProperty longitudeProperty() {
        return longitude;
    }

    public StringProperty altitudeProperty() {
        return altitude;
    }

    public ReadOnlyStringProperty euiErrorProperty() {
        return euiError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty latitudeErrorProperty() {
        return latitudeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty longitudeErrorProperty() {
        return longitudeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty altitudeErrorProperty() {
        return altitudeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    public ObservableBooleanValue validProperty() {
        return valid;
    }
}
