// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;

/// Notices that a device or its session was written by someone else than the uplink path: provisioning
/// ([DeviceRepository#upsert], [DeviceRepository#delete]), a new or ended session ([DeviceSessionRepository#save],
/// [DeviceSessionRepository#delete]) or a MAC state replaced outside an uplink
/// ([DeviceSessionRepository#updateMacState]). Caches of device state subscribe to drop what they hold.
///
/// A notice is given when the writing transaction has ended (committed or rolled back), before the writer's caller
/// gets its result, so a reader that reloads after the notice sees the new rows.
public final class DeviceChanges {
    /// One change: the device, and the DevAddr its session now uses when the change set one.
    public record Change(Eui64 devEui, Optional<DevAddr> devAddr) {
        public Change {
            Objects.requireNonNull(devEui, "devEui");
            Objects.requireNonNull(devAddr, "devAddr");
        }
    }

    private final CopyOnWriteArrayList<Consumer<? super Change>> listeners = new CopyOnWriteArrayList<>();

    /// Calls `listener` with every change from now on, on the writer's thread (keep it short).
    public void subscribe(Consumer<? super Change> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void unsubscribe(Consumer<? super Change> listener) {
        listeners.remove(listener);
    }

    /// Announces `change` once `tx` has ended.
    void changed(Tx tx, Change change) {
        if (!listeners.isEmpty()) {
            tx.afterEnd(() -> listeners.forEach(l -> l.accept(change)));
        }
    }
}
