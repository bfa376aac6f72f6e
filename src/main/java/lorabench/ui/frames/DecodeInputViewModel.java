// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.ui.keys.KeyVersion;
import lorabench.ui.keys.Numbers;
import lorabench.ui.keys.ValidatedField;

/// The "Decode hex…" bar of Live frames: a pasted PHYPayload plus any keys the user knows. Every key and the
/// 32-bit FCnt are optional; a blank field means "unknown", a non-blank one must be valid before the frame can be
/// added. The frame need not be well-formed: a malformed frame is listed and its dissection says why.
public final class DecodeInputViewModel {
    private final InstantSource clock;
    private final Consumer<CapturedFrame> sink;
    private final ValidatedField<Bytes> phyPayload = new ValidatedField<>("PHYPayload", DecodeInputViewModel::hex);
    private final ValidatedField<AesKey> networkKey = new ValidatedField<>("Key", AesKey::parse);
    private final ValidatedField<AesKey> sNwkSIntKey = new ValidatedField<>("SNwkSIntKey", AesKey::parse);
    private final ValidatedField<AesKey> nwkSEncKey = new ValidatedField<>("NwkSEncKey", AesKey::parse);
    private final ValidatedField<AesKey> appSKey = new ValidatedField<>("AppSKey", AesKey::parse);
    private final ValidatedField<AesKey> rootKey = new ValidatedField<>("Key", AesKey::parse);
    private final ValidatedField<Long> fCnt32 = new ValidatedField<>("FCnt", t -> Numbers.parse(t, 0xFFFF_FFFFL));
    private final ObjectProperty<KeyVersion> version = new SimpleObjectProperty<>(this, "version", KeyVersion.V1_0);
    private final BooleanBinding canAdd;
    private final StringBinding problem;

    /// @param clock stamps the entries
    /// @param sink  receives each entry ([LiveFramesViewModel#addManual] in the app)
    public DecodeInputViewModel(InstantSource clock, Consumer<CapturedFrame> sink) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sink = Objects.requireNonNull(sink, "sink");
        List<ValidatedField<?>> optional = optionalFields();
        ObservableValue<?>[] deps = new ObservableValue<?>[2 * optional.size() + 1];
        deps[0] = phyPayload.valueProperty();
        for (int i = 0; i < optional.size(); i++) {
            deps[1 + 2 * i] = optional.get(i).textProperty();
            deps[2 + 2 * i] = optional.get(i).valueProperty();
        }
        problem = Bindings.createStringBinding(this::firstProblem, deps);
        canAdd = Bindings.createBooleanBinding(() -> firstProblem().isEmpty(), deps);
    }

    private static Bytes hex(String text) {
        Bytes b = Bytes.fromHex(text.replaceAll("\\s+", ""));
        if (b.isEmpty() || b.size() > 255) {
            throw new IllegalArgumentException("a PHYPayload is 1 to 255 bytes, got " + b.size());
        }
        return b;
    }

    private List<ValidatedField<?>> optionalFields() {
        return List.of(networkKey, sNwkSIntKey, nwkSEncKey, appSKey, rootKey, fCnt32);
    }

    private String firstProblem() {
        if (phyPayload.value().isEmpty()) {
            return phyPayload.textProperty().get().isBlank() ? "Paste a PHYPayload in hex."
                    : phyPayload.errorProperty().get();
        }
        return optionalFields().stream().filter(f -> !f.textProperty().get().isBlank() && f.value().isEmpty())
                .map(f -> f.errorProperty().get()).findFirst().orElse("");
    }

    public ValidatedField<Bytes> phyPayload() {
        return phyPayload;
    }

    /// {@return NwkSKey (1.0) or FNwkSIntKey (1.1)}
    public ValidatedField<AesKey> networkKey() {
        return networkKey;
    }

    public ValidatedField<AesKey> sNwkSIntKey() {
        return sNwkSIntKey;
    }

    public ValidatedField<AesKey> nwkSEncKey() {
        return nwkSEncKey;
    }

    public ValidatedField<AesKey> appSKey() {
        return appSKey;
    }

    /// {@return AppKey (1.0) or NwkKey (1.1)}
    public ValidatedField<AesKey> rootKey() {
        return rootKey;
    }

    public ValidatedField<Long> fCnt32() {
        return fCnt32;
    }

    public ObjectProperty<KeyVersion> versionProperty() {
        return version;
    }

    /// {@return true when the entry can be added}
    public BooleanBinding canAddBinding() {
        return canAdd;
    }

    /// {@return what blocks adding, empty when nothing does}
    public StringBinding problemBinding() {
        return problem;
    }

    /// Adds the entry to the list (and selects it); does nothing while [#canAddBinding()] is false.
    public void add() {
        if (!canAdd.get()) {
            return;
        }
        sink.accept(CapturedFrame.manual(clock.instant(), phyPayload.require(), keys()));
    }

    /// {@return the keys typed, or empty when none was}
    Optional<DissectionKeys> keys() {
        DissectionKeys k = DissectionKeys.none(version.get());
        boolean any = false;
        if (version.get() == KeyVersion.V1_1) {
            if (networkKey.value().isPresent() || sNwkSIntKey.value().isPresent() || nwkSEncKey.value().isPresent()) {
                k = k.withNetworkKeys11(networkKey.value(), sNwkSIntKey.value(), nwkSEncKey.value());
                any = true;
            }
        } else if (networkKey.value().isPresent()) {
            k = k.withNwkSKey(networkKey.require());
            any = true;
        }
        if (appSKey.value().isPresent()) {
            k = k.withAppSKey(appSKey.require());
            any = true;
        }
        if (rootKey.value().isPresent()) {
            k = k.withRootKey(rootKey.require());
            any = true;
        }
        if (fCnt32.value().isPresent()) {
            k = k.withFCnt32(fCnt32.require());
            any = true;
        }
        return any ? Optional.of(k) : Optional.empty();
    }
}
