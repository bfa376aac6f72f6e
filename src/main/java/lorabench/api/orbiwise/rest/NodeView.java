// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import lorabench.store.Activation;
import lorabench.store.Device;
import lorabench.store.DeviceSession;

/// Device-info objects (seed §Get device info, §Get list of devices): `device_status` 0 never seen, 2 joined,
/// 3 uplink received; `dl_fcnt` the last used downlink counter (0 before any, AMB-OW-07); `device_class` 0/1/2
/// (AMB-OW-06); `registration_status` 1; with `all=true` the registration parameters too.
final class NodeView {
    private final OwServices s;

    NodeView(OwServices s) {
        this.s = s;
    }

    ObjectNode info(Device d, boolean all) {
        ObjectNode o = s.json().createObjectNode();
        Optional<DeviceSession> session = s.sessions().find(d.devEui());
        int status = d.lastSeen().isPresent() ? 3
                : d.activation() == Activation.OTAA && session.isPresent() ? 2 : 0;
        o.put("device_status", status);
        o.put("last_reception", d.lastSeen().map(OwFormat::time).orElse(null));
        o.put("dl_fcnt", session.map(NodeView::lastDownFCnt).orElse(0L));
        o.put("device_class", d.deviceClass().ordinal());
        o.put("registration_status", 1);
        o.put("DevEUI", d.devEui().toString());
        ObjectNode data = OwDeviceData.of(d);
        o.put("appeui", data.has("appeui") ? data.get("appeui").asText()
                : d.joinEui().map(Object::toString).orElse(""));
        o.put("comment", data.path("comment").asText(""));
        o.put("expiry_time_uplink", data.path("expiry_time_uplink").asInt(168));
        o.put("expiry_time_downlink", data.path("expiry_time_downlink").asInt(168));
        o.put("latitude", d.position().map(p -> p.latitude()).orElse(0.0));
        o.put("longitude", d.position().map(p -> p.longitude()).orElse(0.0));
        o.putNull("loraloc_time");
        o.putNull("loraloc_fcnt");
        if (all) {
            registration(o, d, data);
        }
        return o;
    }

    private void registration(ObjectNode o, Device d, ObjectNode data) {
        o.put("lora_device_class", d.deviceClass().ordinal());
        o.put("activation", d.activation().name());
        o.put("MACVersion", d.macVersion().toString());
        o.put("RFRegion", d.region().text());
        o.put("joineui", d.joinEui().map(Object::toString).orElse(""));
        d.appKey().ifPresent(k -> o.put("appkey", k.toHex()));
        d.nwkKey().ifPresent(k -> o.put("nwkkey", k.toHex()));
        d.devAddr().ifPresent(a -> o.put("devaddr", a.toString()));
        d.abpKeys().ifPresent(k -> {
            if (d.macVersion().is11()) {
                o.put("fnwksintkey", k.fNwkSIntKey().toHex());
                o.put("snwksintkey", k.sNwkSIntKey().toHex());
                o.put("nwksenckey", k.nwkSEncKey().toHex());
            } else {
                o.put("nwkskey", k.fNwkSIntKey().toHex());
            }
            k.appSKey().ifPresent(a -> o.put("appskey", a.toHex()));
        });
        o.put("applications", String.join(",", OwDeviceData.applications(d)));
        o.put("groups", String.join(",", s.groups().groupsOf(d.devEui())));
        o.put("userid", d.ownerAccountId().flatMap(s.accounts()::find).map(a -> a.username()).orElse(""));
        o.put("altitude", d.position().map(p -> p.altitude()).orElse(0.0));
        o.put("options", data.path("options").asInt(0));
        o.put("activated", data.path("activated").asBoolean(true));
        o.put("device_profile_uuid", d.deviceProfile().orElse(""));
        o.put("service_profile_uuid", d.serviceProfile().orElse(""));
        ObjectNode tags = o.putObject("tags");
        d.tags().forEach(tags::put);
        data.path("legacy").properties().forEach(e -> o.set(e.getKey(), e.getValue()));
    }

    /// {@return the last downlink counter used}: the application counter of a 1.1 session, the single one of 1.0
    static long lastDownFCnt(DeviceSession s) {
        long next = s.macVersion().is11() ? s.aFCntDown() : s.nFCntDown();
        return Math.max(0, next - 1);
    }

    /// {@return the counter the next application downlink will use}
    static long nextDownFCnt(DeviceSession s) {
        return s.macVersion().is11() ? s.aFCntDown() : s.nFCntDown();
    }
}
