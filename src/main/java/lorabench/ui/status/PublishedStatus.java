// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.status;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/// A [StatusSource] fed from any thread: [#publish] keeps only the latest status and hops to the FX thread
/// at most once per burst ("latest wins"), so a server reporting 1000 times a second costs one update per pulse.
public final class PublishedStatus implements StatusSource {
    private final Executor fx;
    private final ReadOnlyObjectWrapper<ServerStatus> property;
    private final AtomicReference<ServerStatus> latest;
    private final AtomicBoolean hopPending = new AtomicBoolean();

    /// @param fx      runs code on the FX thread (`Platform::runLater` in production)
    /// @param initial the status shown until the first publish
    public PublishedStatus(Executor fx, ServerStatus initial) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.property = new ReadOnlyObjectWrapper<>(this, "status", Objects.requireNonNull(initial, "initial"));
        this.latest = new AtomicReference<>(initial);
    }

    /// {@return a source publishing through `Platform.runLater`}
    public static PublishedStatus onFxThread(ServerStatus initial) {
        return new PublishedStatus(Platform::runLater, initial);
    }

    /// Records `status` as the latest; callable from any thread.
    public void publish(ServerStatus status) {
        latest.set(Objects.requireNonNull(status, "status"));
        if (hopPending.compareAndSet(false, true)) {
            fx.execute(() -> {
                hopPending.set(false);
                property.set(latest.get());
            });
        }
    }

    @Override
    public ReadOnlyObjectProperty<ServerStatus> status() {
        return property.getReadOnlyProperty();
    }
}
