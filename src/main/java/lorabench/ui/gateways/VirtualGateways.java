// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import lorabench.lorawan.types.Eui64;
import lorabench.store.Position;

/// What the Gateways screen asks of the simulator: its virtual gateways and devices, and adding a gateway.
public interface VirtualGateways {
    /// {@return the virtual gateways in EUI order}
    List<VirtualGatewayStatus> gateways();

    /// {@return where each virtual device is}, by DevEUI
    Map<Eui64, Position> devicePositions();

    /// {@return where a new gateway would stand by default}
    Position suggestedPosition();

    /// Adds a virtual gateway at `at`, connected to the embedded server over UDP. {@return its EUI}, or a failed
    /// future (EUI taken, server not running)
    CompletableFuture<Eui64> add(Eui64 eui, Position at);
}
