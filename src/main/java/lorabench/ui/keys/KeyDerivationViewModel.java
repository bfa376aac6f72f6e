// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lorabench.lorawan.crypto.CryptoStep;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.NetId;

/// The derivation half of the keys lab: seven validated inputs, a version, and on [#derive()] the AES input
/// block and output of every session key, step by step, as computed by `lorawan.crypto.SessionKeys`.
///
/// Only the fields the chosen version uses ([KeyVersion#uses]) must be valid; [#canDeriveProperty()] says when
/// they are. Results are cleared as soon as an input changes, so what is shown always matches the inputs.
public final class KeyDerivationViewModel {
    private final RandomGenerator random;
    private final Map<KeyField, ValidatedField<?>> fields = new EnumMap<>(KeyField.class);
    private final ObjectProperty<KeyVersion> version = new SimpleObjectProperty<>(this, "version", KeyVersion.V1_0);
    private final ReadOnlyBooleanWrapper canDerive = new ReadOnlyBooleanWrapper(this, "canDerive");
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper(this, "missing", "");
    private final ObservableList<AnnotatedBlock> steps = FXCollections.observableArrayList();
    // One read-only view, kept: the view registers only a weak listener on the backing list, so a view made per
    // call is collected with the listeners callers added to it.
    private final ObservableList<AnnotatedBlock> stepsView = FXCollections.unmodifiableObservableList(steps);
    private Optional<Derived> derived = Optional.empty();

    /// The keys of the last derivation, as one 1.1 key set (a 1.0 session in its 1.1 view).
    record Derived(KeyVersion version, SessionKeys.Keys11 keys) {}

    /// @param random the source of "generate random" values (a seeded generator in tests)
    public KeyDerivationViewModel(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
        fields.put(KeyField.APP_KEY, new ValidatedField<>("AppKey", AesKey::parse));
        fields.put(KeyField.NWK_KEY, new ValidatedField<>("NwkKey", AesKey::parse));
        fields.put(KeyField.JOIN_NONCE, new ValidatedField<>("JoinNonce", JoinNonce::parse));
        fields.put(KeyField.NET_ID, new ValidatedField<>("NetID", NetId::parse));
        fields.put(KeyField.DEV_NONCE, new ValidatedField<>("DevNonce", DevNonce::parse));
        fields.put(KeyField.JOIN_EUI, new ValidatedField<>("JoinEUI", Eui64::parse));
        fields.put(KeyField.DEV_EUI, new ValidatedField<>("DevEUI", Eui64::parse));
        fields.values().forEach(f -> f.valueProperty().addListener((obs, old, now) -> refresh()));
        version.addListener((obs, old, now) -> refresh());
        refresh();
    }

    /// {@return the input `field`}
    public ValidatedField<?> field(KeyField field) {
        return fields.get(field);
    }

    public ObjectProperty<KeyVersion> versionProperty() {
        return version;
    }

    /// {@return whether `field` is used by the selected version} (the view disables unused fields)
    public BooleanBinding usedBinding(KeyField field) {
        return Bindings.createBooleanBinding(() -> version.get().uses(field), version);
    }

    /// {@return the error to show next to `field`}: empty when valid or not used by the version
    public ReadOnlyStringProperty shownErrorProperty(KeyField field) {
        ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, field.name() + "Error");
        ValidatedField<?> f = fields.get(field);
        shown.bind(Bindings.createStringBinding(() -> version.get().uses(field) && !f.textProperty().get().isEmpty()
                ? f.errorProperty().get() : "", version, f.errorProperty(), f.textProperty()));
        return shown.getReadOnlyProperty();
    }

    /// {@return true when every field the version uses is valid}
    public ReadOnlyBooleanProperty canDeriveProperty() {
        return canDerive.getReadOnlyProperty();
    }

    /// {@return a hint naming the fields still missing or invalid, empty when ready}
    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /// {@return the derivation steps, in key-type order}: empty until [#derive()]
    public ObservableList<AnnotatedBlock> steps() {
        return stepsView;
    }

    /// Sets `field` to random bytes of its size (keys, nonces, EUIs alike).
    public void randomize(KeyField field) {
        byte[] b = new byte[field.size()];
        random.nextBytes(b);
        fields.get(field).setText(HexFormat.of().withUpperCase().formatHex(b));
    }

    /// Fills the fields `inputs` carries; the others keep their text.
    public void prefill(JoinInputs inputs) {
        inputs.version().ifPresent(version::set);
        inputs.appKey().ifPresent(k -> set(KeyField.APP_KEY, k.toHex()));
        inputs.nwkKey().ifPresent(k -> set(KeyField.NWK_KEY, k.toHex()));
        inputs.joinNonce().ifPresent(v -> set(KeyField.JOIN_NONCE, v.toString()));
        inputs.netId().ifPresent(v -> set(KeyField.NET_ID, v.toString()));
        inputs.devNonce().ifPresent(v -> set(KeyField.DEV_NONCE, v.toString()));
        inputs.joinEui().ifPresent(v -> set(KeyField.JOIN_EUI, v.toString()));
        inputs.devEui().ifPresent(v -> set(KeyField.DEV_EUI, v.toString()));
    }

    private void set(KeyField f, String text) {
        fields.get(f).setText(text);
    }

    /// Computes every key of the selected version and shows its steps; does nothing unless [#canDeriveProperty()].
    public void derive() {
        if (!canDerive.get()) {
            return;
        }
        List<AnnotatedBlock> out = new ArrayList<>();
        SessionKeys.Keys11 keys = switch (version.get()) {
            case V1_0 -> {
                List<CryptoStep> s = SessionKeys.derivationSteps10(key(KeyField.APP_KEY), value(KeyField.JOIN_NONCE,
                        JoinNonce.class), value(KeyField.NET_ID, NetId.class), value(KeyField.DEV_NONCE, DevNonce.class));
                out.add(BlockLayouts.derivation10("NwkSKey", "AppKey", s.get(0)));
                out.add(BlockLayouts.derivation10("AppSKey", "AppKey", s.get(1)));
                yield new SessionKeys.Keys10(AesKey.of(s.get(0).result()), AesKey.of(s.get(1).result())).asKeys11();
            }
            case V1_1 -> {
                List<CryptoStep> s = SessionKeys.derivationSteps11(key(KeyField.APP_KEY), key(KeyField.NWK_KEY),
                        value(KeyField.JOIN_NONCE, JoinNonce.class), value(KeyField.JOIN_EUI, Eui64.class),
                        value(KeyField.DEV_NONCE, DevNonce.class));
                out.add(BlockLayouts.derivation11("FNwkSIntKey", "NwkKey", s.get(0)));
                out.add(BlockLayouts.derivation11("AppSKey", "AppKey", s.get(1)));
                out.add(BlockLayouts.derivation11("SNwkSIntKey", "NwkKey", s.get(2)));
                out.add(BlockLayouts.derivation11("NwkSEncKey", "NwkKey", s.get(3)));
                addJsKeys(out);
                yield new SessionKeys.Keys11(AesKey.of(s.get(0).result()), AesKey.of(s.get(2).result()),
                        AesKey.of(s.get(3).result()), AesKey.of(s.get(1).result()));
            }
            case V1_1_OPT_NEG_UNSET -> {
                List<CryptoStep> s = SessionKeys.derivationSteps10(key(KeyField.NWK_KEY), value(KeyField.JOIN_NONCE,
                        JoinNonce.class), value(KeyField.NET_ID, NetId.class), value(KeyField.DEV_NONCE, DevNonce.class));
                out.add(BlockLayouts.derivation10("FNwkSIntKey = SNwkSIntKey = NwkSEncKey", "NwkKey", s.get(0)));
                out.add(BlockLayouts.derivation10("AppSKey", "NwkKey", s.get(1)));
                addJsKeys(out);
                yield new SessionKeys.Keys10(AesKey.of(s.get(0).result()), AesKey.of(s.get(1).result())).asKeys11();
            }
        };
        steps.setAll(out);
        derived = Optional.of(new Derived(version.get(), keys));
    }

    private void addJsKeys(List<AnnotatedBlock> out) {
        List<CryptoStep> js = SessionKeys.jsKeySteps(key(KeyField.NWK_KEY), value(KeyField.DEV_EUI, Eui64.class));
        out.add(BlockLayouts.jsKey("JSEncKey", js.get(0)));
        out.add(BlockLayouts.jsKey("JSIntKey", js.get(1)));
    }

    /// {@return the keys of the last derivation}, empty when inputs changed since or nothing was derived
    Optional<Derived> derived() {
        return derived;
    }

    private AesKey key(KeyField f) {
        return value(f, AesKey.class);
    }

    private <T> T value(KeyField f, Class<T> type) {
        return type.cast(fields.get(f).require());
    }

    private void refresh() {
        steps.clear();
        derived = Optional.empty();
        List<String> bad = fields.entrySet().stream()
                .filter(e -> version.get().uses(e.getKey()) && e.getValue().value().isEmpty())
                .map(e -> e.getKey().specName()).toList();
        canDerive.set(bad.isEmpty());
        missing.set(bad.isEmpty() ? "" : "Enter " + String.join(", ", bad) + ".");
    }
}
