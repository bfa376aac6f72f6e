// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/// Carries a join from the screen where the user picked it (Live frames) to the Keys lab, which is created only
/// when first opened: a join sent before the lab exists waits here and is delivered when the lab registers.
/// Used on the FX thread only.
public final class JoinHandoff {
    private Optional<Consumer<JoinInputs>> receiver = Optional.empty();
    private Optional<JoinInputs> pending = Optional.empty();

    /// Hands `inputs` to the Keys lab now, or when it is created.
    public void send(JoinInputs inputs) {
        Objects.requireNonNull(inputs, "inputs");
        receiver.ifPresentOrElse(r -> r.accept(inputs), () -> pending = Optional.of(inputs));
    }

    /// Registers the Keys lab's receiver and delivers a join sent before it existed.
    public void receiveWith(Consumer<JoinInputs> r) {
        receiver = Optional.of(Objects.requireNonNull(r, "receiver"));
        pending.ifPresent(r);
        pending = Optional.empty();
    }

    /// Forgets the receiver (its screen was disposed); later joins wait again.
    public void stopReceiving() {
        receiver = Optional.empty();
    }
}
