// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import lorabench.lorawan.types.Bytes;

/// The Keys lab screen: session-key derivation ([KeyDerivationViewModel]) and MIC check ([MicCheckViewModel]),
/// plus what links them: copying values, prefilling from a join, and handing derived keys to the MIC check.
public final class KeysLabViewModel {
    private final KeyDerivationViewModel derivation;
    private final MicCheckViewModel mic;
    private final Consumer<String> clipboard;

    /// @param random    source of "generate random" values
    /// @param clipboard receives text to copy (the system clipboard in the app)
    public KeysLabViewModel(RandomGenerator random, Consumer<String> clipboard) {
        this.derivation = new KeyDerivationViewModel(random);
        this.mic = new MicCheckViewModel();
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
    }

    public KeyDerivationViewModel derivation() {
        return derivation;
    }

    public MicCheckViewModel mic() {
        return mic;
    }

    /// Fills the derivation inputs from what is known about a join (e.g. a join selected in Live frames) and
    /// derives at once when that makes the inputs complete.
    public void prefill(JoinInputs inputs) {
        derivation.prefill(Objects.requireNonNull(inputs, "inputs"));
        derivation.derive();
    }

    /// {@return true when a derivation is shown whose keys can go to the MIC check}
    public BooleanBinding derivedKeysAvailable() {
        return Bindings.isNotEmpty(derivation.steps());
    }

    /// Puts the derived network session keys into the MIC check.
    public void useDerivedKeysForMic() {
        derivation.derived().ifPresent(d -> mic.useKeys(d.version(), d.keys()));
    }

    /// Copies `value` (a key, block or MIC) as plain upper-case hex.
    public void copy(Bytes value) {
        clipboard.accept(value.toHex());
    }

    /// Copies `text` as it is (e.g. a MIC already in hex); blank text is ignored.
    public void copyText(String text) {
        if (text != null && !text.isBlank()) {
            clipboard.accept(text);
        }
    }

    /// Copies the whole derivation as text: one line per key, `Name = HEX`.
    public void copyAllKeys() {
        StringBuilder b = new StringBuilder();
        derivation.steps().forEach(s -> b.append(s.title()).append(" = ").append(s.output().toHex()).append('\n'));
        if (!b.isEmpty()) {
            clipboard.accept(b.toString());
        }
    }
}
