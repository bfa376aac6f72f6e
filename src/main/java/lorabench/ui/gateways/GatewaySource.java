// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.util.Optional;
import java.util.function.Consumer;
import lorabench.lorawan.types.Eui64;
import lorabench.server.event.ServerEvent;
import lorabench.store.Position;

/// What the Gateways screen asks of the embedded server and the simulator. [#load()] and [#addVirtual] block on
/// the store: call them off the FX thread.
public interface GatewaySource {
    /// {@return the gateways, devices and recent receptions as they are now}
    GatewaySnapshot load();

    /// Calls `listener` with every server event (on the server's threads) until the handle is closed.
    AutoCloseable subscribe(Consumer<ServerEvent> listener);

    /// {@return where a new virtual gateway stands by default}, when there is a simulator
    Optional<Position> suggestedPosition();

    /// Stores the gateway's name and position, then adds it to the simulator, connected to the server over UDP.
    ///
    /// @throws IllegalArgumentException when a virtual gateway with this EUI exists
    void addVirtual(Eui64 eui, String name, Position at);
}
