// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import java.util.function.Consumer;

/// A source of captured frames for the Live frames screen: the network server's uplinks and downlinks, a
/// simulator, a recording. The screen subscribes once when it opens and closes the subscription when the
/// window closes.
///
/// The consumer may be called from any thread, at any rate, and must not block: the screen hands each frame to
/// an `FxEventAdapter`, which batches them onto the FX thread and drops the oldest under overload.
@FunctionalInterface
public interface FrameFeed {
    /// Starts delivering frames to `consumer` until the returned subscription is closed.
    Subscription subscribe(Consumer<CapturedFrame> consumer);

    /// Stops a delivery; closing twice does nothing.
    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /// {@return a feed that delivers nothing}: the screen then shows only frames entered with "Decode hex…"
    static FrameFeed none() {
        return consumer -> () -> {};
    }
}
