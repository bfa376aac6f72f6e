// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import lorabench.lorawan.types.Eui64;
import lorabench.store.GatewayRx;
import lorabench.store.UplinkRepository;

/// The gateway that heard each device best in its last uplink: the path for class C downlinks. Kept in memory and
/// rebuilt from the stored uplinks after a restart.
public final class LastGateways {
    private final UplinkRepository uplinks;
    private final ConcurrentHashMap<Eui64, Eui64> best = new ConcurrentHashMap<>();

    public LastGateways(UplinkRepository uplinks) {
        this.uplinks = Objects.requireNonNull(uplinks, "uplinks");
    }

    public void heard(Eui64 devEui, Eui64 gateway) {
        best.put(devEui, gateway);
    }

    /// {@return the best gateway of the device's last uplink}
    public Optional<Eui64> of(Eui64 devEui) {
        Eui64 known = best.get(devEui);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Eui64> stored = uplinks.latest(devEui).flatMap(u -> u.gateways().stream().findFirst())
                .map(GatewayRx::gatewayEui);
        stored.ifPresent(g -> best.putIfAbsent(devEui, g));
        return stored;
    }
}
