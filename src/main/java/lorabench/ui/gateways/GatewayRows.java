// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import lorabench.lorawan.types.Eui64;
import lorabench.server.gateway.GatewayRegistry.GatewayState;
import lorabench.store.Gateway;
import lorabench.store.GatewayStats;
import lorabench.store.Position;

/// Builds the Gateways table from a [GatewaySnapshot] and the links known to the screen: one row per gateway that
/// is stored, heard in this run or virtual, in EUI order.
final class GatewayRows {
    /// A gateway with an open downlink path counts as connected while heard within this window: three times the
    /// Semtech forwarder's 10 s PULL_DATA keep-alive, twice its 30 s `stat` interval.
    static final Duration ONLINE_WINDOW = Duration.ofSeconds(60);

    private GatewayRows() {}

    static List<GatewayRow> build(GatewaySnapshot s, Map<Eui64, List<LinkSample>> linksByGateway) {
        Map<Eui64, Gateway> stored = new HashMap<>();
        s.stored().forEach(g -> stored.put(g.eui(), g));
        Map<Eui64, VirtualGatewayStatus> virtual = new HashMap<>();
        s.virtual().forEach(v -> virtual.put(v.eui(), v));
        TreeSet<Eui64> euis = new TreeSet<>(stored.keySet());
        euis.addAll(s.heard().keySet());
        euis.addAll(virtual.keySet());
        List<GatewayRow> rows = new ArrayList<>(euis.size());
        for (Eui64 eui : euis) {
            Optional<Gateway> g = Optional.ofNullable(stored.get(eui));
            Optional<GatewayState> live = Optional.ofNullable(s.heard().get(eui));
            Optional<VirtualGatewayStatus> v = Optional.ofNullable(virtual.get(eui));
            Optional<Instant> lastSeen = latest(live.map(GatewayState::lastSeen), g.flatMap(Gateway::lastSeen));
            boolean connected = live.flatMap(GatewayState::pullAddress).isPresent()
                    && lastSeen.filter(t -> !t.isBefore(s.now().minus(ONLINE_WINDOW))).isPresent();
            Optional<Position> position = v.map(VirtualGatewayStatus::position).or(() -> g.flatMap(
                    Gateway::position));
            List<LinkSample> links = linksByGateway.getOrDefault(eui, List.of());
            Optional<LinkSample> last = links.stream().max(Comparator.comparing(LinkSample::at));
            rows.add(new GatewayRow(eui, g.map(Gateway::name).orElse("gw-" + eui), v.isPresent(), connected,
                    lastSeen, position, g.map(Gateway::stats).orElse(GatewayStats.ZERO),
                    (int) links.stream().map(LinkSample::devEui).distinct().count(), last.map(LinkSample::rssi),
                    last.map(LinkSample::snr), last.map(LinkSample::at),
                    v.map(VirtualGatewayStatus::refused).orElse(0L)));
        }
        return rows;
    }

    private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }
}
