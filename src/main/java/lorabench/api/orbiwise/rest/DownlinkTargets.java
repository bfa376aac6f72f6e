// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lorabench.store.Device;
import lorabench.store.DeviceGroup;
import lorabench.store.Downlink;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;
import lorabench.store.Page;

/// The device or multicast group a downlink call names, its queue and its counters. A deleted downlink is cancelled
/// when still pending and hidden from then on: its id is kept in the device's OrbiWAN attributes (or the group's
/// settings) because the store keeps queue rows for the server's own history (decision 0011).
final class DownlinkTargets {
    /// A resolved target: the device or the group, and the key its session id is made from.
    record Target(DownlinkTarget target, Optional<Device> device, Optional<DeviceGroup> group, String sessionKey) {}

    private final OwServices s;

    DownlinkTargets(OwServices s) {
        this.s = s;
    }

    /// @throws OwError 404 for an unknown (or invisible) device or group; 403 for a deactivated device
    Target resolve(OwRequest r, boolean multicast, boolean posting) {
        if (multicast) {
            DeviceGroup g = s.access().group(r.account(), r.path("eui"));
            String key = "group/" + g.id() + "/" + g.multicast().map(m -> m.devAddr().toString()).orElse("");
            return new Target(new DownlinkTarget.Group(g.id()), Optional.empty(), Optional.of(g), key);
        }
        Device d = s.access().device(r.account(), r.path("eui"));
        if (posting) {
            if (!OwDeviceData.activated(d)) {
                throw OwError.forbidden("device not activated");
            }
            if (OwDeviceData.of(d).path("transmit_capable_only").asBoolean(false)) {
                throw OwError.badRequest("the device is transmit-capable only: the network never sends it downlinks");
            }
        }
        String addr = s.sessions().find(d.devEui()).map(x -> x.devAddr().toString())
                .orElse(d.devAddr().map(Object::toString).orElse(""));
        return new Target(new DownlinkTarget.Device(d.devEui()), Optional.of(d), Optional.empty(),
                d.devEui() + "/" + addr);
    }

    /// {@return the target's downlinks in queue order}, without the deleted ones
    List<Downlink> queue(Target t) {
        Set<Long> hidden = OwDeviceData.deletedDownlinks(settings(t));
        List<Downlink> out = new ArrayList<>();
        for (Page p = Page.first(Page.MAX_LIMIT);; p = p.next()) {
            List<Downlink> batch = s.server().downlinkQueue().list(t.target(), p);
            batch.stream().filter(d -> !hidden.contains(d.id())).forEach(out::add);
            if (batch.size() < p.limit()) {
                return out;
            }
        }
    }

    /// {@return the counter the next downlink of the target will go out with}
    long nextFCnt(Target t) {
        if (t.group().isPresent()) {
            return s.groups().find(t.group().get().id()).flatMap(DeviceGroup::multicast).map(m -> m.fCntDown())
                    .orElse(0L);
        }
        return s.sessions().find(t.device().orElseThrow().devEui()).map(NodeView::nextDownFCnt).orElse(0L);
    }

    void delete(Target t, Downlink d) {
        if (d.status() == DownlinkStatus.PENDING) {
            s.server().downlinkQueue().cancel(d.id());
        }
        ObjectNode data = settings(t);
        ArrayNode ids = data.has("dl_deleted") ? (ArrayNode) data.get("dl_deleted") : data.putArray("dl_deleted");
        ids.add(d.id());
        if (t.device().isPresent()) {
            Device fresh = s.devices().find(t.device().get().devEui()).orElseThrow();
            s.devices().upsert(OwDeviceData.with(fresh, data));
        } else {
            DeviceGroup g = s.groups().find(t.group().orElseThrow().id()).orElseThrow();
            ObjectNode settings = g.settings().deepCopy() instanceof ObjectNode o ? o : s.json().createObjectNode();
            settings.set("dl_deleted", ids);
            s.groups().save(g.withSettings(settings));
        }
    }

    private ObjectNode settings(Target t) {
        if (t.device().isPresent()) {
            return s.devices().find(t.device().get().devEui()).map(OwDeviceData::of)
                    .orElseGet(() -> s.json().createObjectNode());
        }
        var g = s.groups().find(t.group().orElseThrow().id());
        return g.map(x -> x.settings().deepCopy()).filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast)
                .orElseGet(() -> s.json().createObjectNode());
    }
}
