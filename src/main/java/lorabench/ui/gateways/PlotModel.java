// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lorabench.lorawan.types.Eui64;
import lorabench.store.Position;

/// What the position plot draws: gateways and devices at their positions, and a line from each gateway to each
/// device it heard, coloured by the RSSI of the last uplink it forwarded. Only what has a position is drawn; at most
/// `maxLinks` links (the newest) and `maxDevices` devices (those with links first).
public record PlotModel(List<GatewayPoint> gateways, List<DevicePoint> devices, List<Link> links) {
    public PlotModel {
        gateways = List.copyOf(gateways);
        devices = List.copyOf(devices);
        links = List.copyOf(links);
    }

    public static final PlotModel EMPTY = new PlotModel(List.of(), List.of(), List.of());

    /// A gateway on the plot.
    public record GatewayPoint(Eui64 eui, String name, Position position, boolean virtual, boolean connected) {
        public GatewayPoint {
            Objects.requireNonNull(eui, "eui");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(position, "position");
        }
    }

    /// A device on the plot.
    public record DevicePoint(Eui64 devEui, String name, Position position) {
        public DevicePoint {
            Objects.requireNonNull(devEui, "devEui");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(position, "position");
        }
    }

    /// A gateway–device link with the last reception's RSSI.
    public record Link(Eui64 gateway, Eui64 devEui, Position from, Position to, double rssi, RssiClass rssiClass,
            Instant at) {
        public Link {
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(devEui, "devEui");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(rssiClass, "rssiClass");
            Objects.requireNonNull(at, "at");
        }
    }

    /// {@return whether nothing can be drawn}
    public boolean isEmpty() {
        return gateways.isEmpty() && devices.isEmpty();
    }

    /// {@return the link drawn between `gateway` and `devEui`}, if any
    public java.util.Optional<Link> link(Eui64 gateway, Eui64 devEui) {
        return links.stream().filter(l -> l.gateway().equals(gateway) && l.devEui().equals(devEui)).findFirst();
    }

    /// Builds the plot from the table rows, the devices and the known links (newest first).
    static PlotModel build(List<GatewayRow> rows, Map<Eui64, DevicePlace> devices, List<LinkSample> newestFirst,
            int maxLinks, int maxDevices) {
        List<GatewayPoint> gws = new ArrayList<>();
        Map<Eui64, Position> gwAt = new HashMap<>();
        for (GatewayRow r : rows) {
            r.position().ifPresent(p -> {
                gws.add(new GatewayPoint(r.eui(), r.name(), p, r.virtual(), r.connected()));
                gwAt.put(r.eui(), p);
            });
        }
        List<Link> links = new ArrayList<>();
        Set<Eui64> linked = new HashSet<>();
        List<DevicePoint> shown = new ArrayList<>();
        for (LinkSample s : newestFirst) {
            if (links.size() >= maxLinks) {
                break;
            }
            Position from = gwAt.get(s.gateway());
            DevicePlace d = devices.get(s.devEui());
            if (from == null || d == null || d.position().isEmpty()) {
                continue;
            }
            if (!linked.contains(s.devEui())) {
                if (shown.size() >= maxDevices) {
                    continue;
                }
                linked.add(s.devEui());
                shown.add(new DevicePoint(d.devEui(), d.name(), d.position().get()));
            }
            links.add(new Link(s.gateway(), s.devEui(), from, d.position().get(), s.rssi(), s.rssiClass(), s.at()));
        }
        devices.values().stream().filter(d -> d.position().isPresent() && !linked.contains(d.devEui()))
                .sorted(java.util.Comparator.comparing(DevicePlace::devEui)).limit(Math.max(0, maxDevices
                        - shown.size())).forEach(d -> shown.add(new DevicePoint(d.devEui(), d.name(),
                        d.position().get())));
        return new PlotModel(gws, shown, links);
    }
}
