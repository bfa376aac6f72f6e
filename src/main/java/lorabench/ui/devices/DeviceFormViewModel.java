// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import static lorabench.server.provisioning.ImportFields.ACTIVATION;
import static lorabench.server.provisioning.ImportFields.APP_KEY;
import static lorabench.server.provisioning.ImportFields.APP_S_KEY;
import static lorabench.server.provisioning.ImportFields.DEVICE_CLASS;
import static lorabench.server.provisioning.ImportFields.DEV_ADDR;
import static lorabench.server.provisioning.ImportFields.DEV_EUI;
import static lorabench.server.provisioning.ImportFields.F_NWK_S_INT_KEY;
import static lorabench.server.provisioning.ImportFields.JOIN_EUI;
import static lorabench.server.provisioning.ImportFields.MAC_VERSION;
import static lorabench.server.provisioning.ImportFields.NAME;
import static lorabench.server.provisioning.ImportFields.NWK_KEY;
import static lorabench.server.provisioning.ImportFields.NWK_S_ENC_KEY;
import static lorabench.server.provisioning.ImportFields.NWK_S_KEY;
import static lorabench.server.provisioning.ImportFields.REGION;
import static lorabench.server.provisioning.ImportFields.S_NWK_S_INT_KEY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.server.provisioning.DeviceInput;
import lorabench.server.provisioning.DeviceValidator;
import lorabench.server.provisioning.Violation;
import lorabench.store.Activation;
import lorabench.store.Device;

/// The add / edit device form: one text per field of the import format, validated as typed with the server's own
/// [DeviceValidator] (so the form accepts exactly what provisioning accepts), "generate" commands for identifiers
/// and keys, and the [DeviceInput] to save. Which fields apply follows the activation and the LoRaWAN version.
public final class DeviceFormViewModel {
    /// The fields the form shows, in display order.
    public static final List<String> FIELDS = List.of(DEV_EUI, NAME, ACTIVATION, MAC_VERSION, REGION, DEVICE_CLASS,
            JOIN_EUI, APP_KEY, NWK_KEY, DEV_ADDR, NWK_S_KEY, F_NWK_S_INT_KEY, S_NWK_S_INT_KEY, NWK_S_ENC_KEY,
            APP_S_KEY);

    private final RandomGenerator random;
    private final boolean editing;
    private final boolean virtual;
    private final DeviceValidator validator = new DeviceValidator();
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final Map<String, ReadOnlyBooleanWrapper> relevant = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    private DeviceFormViewModel(RandomGenerator random, boolean editing, boolean virtual) {
        this.random = Objects.requireNonNull(random, "random");
        this.editing = editing;
        this.virtual = virtual;
        for (String f : FIELDS) {
            values.put(f, new SimpleStringProperty(this, f, ""));
            errors.put(f, new ReadOnlyStringWrapper(this, f + "Error", ""));
            relevant.put(f, new ReadOnlyBooleanWrapper(this, f + "Relevant", true));
        }
    }

    /// {@return a form for a new device}: OTAA, LoRaWAN 1.0.4, EU868, class A, with a generated DevEUI, JoinEUI and
    /// AppKey, so that saving at once gives a working device
    public static DeviceFormViewModel forNew(RandomGenerator random, boolean virtual) {
        DeviceFormViewModel f = new DeviceFormViewModel(random, false, virtual);
        f.value(ACTIVATION).set("OTAA");
        f.value(MAC_VERSION).set(MacVersion.V1_0_4.toString());
        f.value(REGION).set(BandId.EU868.text());
        f.value(DEVICE_CLASS).set("A");
        f.generateDevEui();
        f.value(JOIN_EUI).set("70B3D57ED0000000");
        f.generate(APP_KEY);
        f.value(NAME).set((virtual ? "virtual-" : "device-") + f.value(DEV_EUI).get().substring(12).toLowerCase(
                Locale.ROOT));
        f.start();
        return f;
    }

    /// {@return a form showing `device` for editing}; its DevEUI cannot change
    public static DeviceFormViewModel forEdit(Device device, RandomGenerator random) {
        DeviceFormViewModel f = new DeviceFormViewModel(random, true, false);
        f.value(DEV_EUI).set(device.devEui().toString());
        f.value(NAME).set(device.name());
        f.value(ACTIVATION).set(device.activation().name());
        f.value(MAC_VERSION).set(device.macVersion().toString());
        f.value(REGION).set(device.region().text());
        f.value(DEVICE_CLASS).set(device.deviceClass().name());
        device.joinEui().ifPresent(e -> f.value(JOIN_EUI).set(e.toString()));
        device.appKey().ifPresent(k -> f.value(APP_KEY).set(k.toHex()));
        device.nwkKey().ifPresent(k -> f.value(NWK_KEY).set(k.toHex()));
        device.devAddr().ifPresent(a -> f.value(DEV_ADDR).set(a.toString()));
        device.abpKeys().ifPresent(k -> {
            f.value(NWK_S_KEY).set(k.fNwkSIntKey().toHex());
            f.value(F_NWK_S_INT_KEY).set(k.fNwkSIntKey().toHex());
            f.value(S_NWK_S_INT_KEY).set(k.sNwkSIntKey().toHex());
            f.value(NWK_S_ENC_KEY).set(k.nwkSEncKey().toHex());
            k.appSKey().ifPresent(a -> f.value(APP_S_KEY).set(a.toHex()));
        });
        f.start();
        return f;
    }

    private void start() {
        values.values().forEach(p -> p.addListener((obs, old, now) -> validate()));
        validate();
    }

    /// {@return the dialog title}
    public String title() {
        return editing ? "Edit device" : virtual ? "Add virtual device" : "Add device";
    }

    /// {@return whether the form edits an existing device} (the DevEUI is then read-only)
    public boolean editing() {
        return editing;
    }

    /// {@return whether saving also creates a virtual device in the simulator}
    public boolean virtual() {
        return virtual;
    }

    /// {@return the text of `field`} (bound bidirectionally by the view)
    public StringProperty value(String field) {
        return Objects.requireNonNull(values.get(field), () -> "not a form field: " + field);
    }

    /// {@return why `field` is rejected, empty when it is fine}
    public ReadOnlyStringProperty errorOf(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /// {@return whether `field` applies to the chosen activation and version}
    public ReadOnlyBooleanProperty relevantProperty(String field) {
        return relevant.get(field).getReadOnlyProperty();
    }

    /// {@return whether the form can be saved}
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /// Fills the DevEUI with a random, locally administered EUI-64 (IEEE: bit 1 of the first octet set).
    public void generateDevEui() {
        if (!editing) {
            long v = (random.nextLong() & 0x00FF_FFFF_FFFF_FFFFL) | 0x0200_0000_0000_0000L;
            value(DEV_EUI).set(new Eui64(v).toString());
        }
    }

    /// Fills `field` with a fresh random value: an AES-128 key, or a DevAddr for `devAddr`.
    public void generate(String field) {
        if (field.equals(DEV_ADDR)) {
            // NetID 000000/000001 type 0: NwkID 0 in the top 7 bits (the "experimental" range of the LoRa Alliance)
            value(field).set(new DevAddr(random.nextInt() & 0x01FF_FFFF).toString());
        } else if (field.equals(DEV_EUI)) {
            generateDevEui();
        } else {
            value(field).set(AesKey.generate(random).toHex());
        }
    }

    /// {@return the input to provision}: the applicable, non-blank fields
    public DeviceInput input() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String f : FIELDS) {
            String v = values.get(f).get();
            if (relevant(f) && v != null && !v.isBlank()) {
                fields.put(f, v.strip());
            }
        }
        return DeviceInput.of(fields);
    }

    /// Shows violations found on saving (e.g. "a device with DevEUI … exists already") beside their fields.
    /// {@return the violations that concern no field of the form}
    public List<Violation> showViolations(List<Violation> violations) {
        errors.values().forEach(e -> e.set(""));
        List<Violation> rest = new java.util.ArrayList<>();
        for (Violation v : violations) {
            Optional<ReadOnlyStringWrapper> target = v.field().map(errors::get);
            if (target.isPresent()) {
                target.get().set(v.reason());
            } else {
                rest.add(v);
            }
        }
        valid.set(false);
        return rest;
    }

    private boolean relevant(String f) {
        boolean abp = "ABP".equalsIgnoreCase(values.get(ACTIVATION).get().strip());
        boolean v11 = values.get(MAC_VERSION).get().strip().startsWith("1.1");
        return switch (f) {
            case JOIN_EUI, APP_KEY -> !abp;
            case NWK_KEY -> !abp && v11;
            case DEV_ADDR, APP_S_KEY -> abp;
            case NWK_S_KEY -> abp && !v11;
            case F_NWK_S_INT_KEY, S_NWK_S_INT_KEY, NWK_S_ENC_KEY -> abp && v11;
            default -> true;
        };
    }

    private void validate() {
        FIELDS.forEach(f -> relevant.get(f).set(relevant(f)));
        errors.values().forEach(e -> e.set(""));
        switch (validator.validate(input())) {
            case DeviceValidator.Outcome.Valid v -> valid.set(true);
            case DeviceValidator.Outcome.Invalid i -> {
                for (Violation v : i.violations()) {
                    v.field().map(errors::get).ifPresent(e -> e.set(v.reason()));
                }
                valid.set(false);
            }
        }
    }

    /// {@return the activation the form describes}
    public Activation activation() {
        return "ABP".equalsIgnoreCase(values.get(ACTIVATION).get().strip()) ? Activation.ABP : Activation.OTAA;
    }
}
