// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lorabench.lorawan.types.Eui64;
import lorabench.server.gateway.GatewayRegistry.GatewayState;
import lorabench.store.Gateway;

/// What the Gateways screen shows, read at `now`: the gateways in the store, the ones heard in this run (with
/// their exact in-memory last contact and PULL_DATA address), the simulator's virtual gateways, the devices with
/// their positions, and the gateway receptions of the most recent stored uplinks.
public record GatewaySnapshot(List<Gateway> stored, Map<Eui64, GatewayState> heard,
        List<VirtualGatewayStatus> virtual, Map<Eui64, DevicePlace> devices, List<LinkSample> recentLinks,
        Instant now) {
    public GatewaySnapshot {
        stored = List.copyOf(stored);
        heard = Map.copyOf(heard);
        virtual = List.copyOf(virtual);
        devices = Map.copyOf(devices);
        recentLinks = List.copyOf(recentLinks);
        Objects.requireNonNull(now, "now");
    }

    /// {@return a snapshot with nothing in it}
    public static GatewaySnapshot empty(Instant now) {
        return new GatewaySnapshot(List.of(), Map.of(), List.of(), Map.of(), List.of(), now);
    }
}
