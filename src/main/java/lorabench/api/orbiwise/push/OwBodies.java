// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lorabench.api.orbiwise.OwSessionIds;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent;
import lorabench.store.Device;
import lorabench.store.DeviceSession;
import lorabench.store.Downlink;
import lorabench.store.DownlinkStatus;

/// The JSON bodies of the OrbiWAN callbacks (seed §Push Mode Callbacks – Detailed Description, OW-F-01 … OW-F-07, OW-F-09),
/// with the documented fields in the documented order, plus the superset fields the seed's own examples show
/// (AMB-OW-15: `dr_used`, `confirmed`, `devaddr`, `freq`; AMB-OW-68: `dr_used` beside `sf_used`).
public final class OwBodies {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern SF = Pattern.compile("SF(\\d+)");
    /// Hours an uplink or downlink stays in temporary storage (OW-A-04 default).
    static final int EXPIRY_HOURS = 168;

    private OwBodies() {}

    /// {@return an OrbiWAN timestamp} (OW-A-10: milliseconds, UTC)
    public static String time(Instant t) {
        return TIME.format(t);
    }

    /// {@return the `session_id` of `devEui`'s session on `devAddr`}, the same as the pull API's (`OwSessionIds`)
    public static String sessionId(Eui64 devEui, DevAddr devAddr) {
        return OwSessionIds.of(devEui, devAddr);
    }

    /// The uplink callback (OW-F-01), complete or early. `decoded` is added when a decoder produced it.
    static ObjectNode uplink(ServerEvent.UplinkReceived u, boolean early, boolean live, OwDataFormat format,
            Optional<JsonNode> decoded, String sessionId, boolean gatewayInfo, Optional<Device> device) {
        ObjectNode o = JSON.objectNode();
        Optional<Reception> best = u.receptions().stream().findFirst();
        String dr = best.map(Reception::dataRate).orElse("");
        o.put("early", early);
        o.put("DevEUI", u.devEui().toString());
        o.put("dataFrame", format.write(u.payload()));
        o.put("port", u.fPort().orElse(0));
        o.put("timestamp", time(u.at()));
        o.put("fcnt", u.fCnt32());
        if (!early) {
            best.ifPresent(r -> {
                number(o, "rssi", r.rssi());
                number(o, "snr", r.snr());
            });
        }
        Matcher sf = SF.matcher(dr);
        if (sf.find()) {
            o.put("sf_used", Integer.parseInt(sf.group(1)));
        }
        o.put("dr_used", dr);
        o.put("id", u.uplinkId());
        o.put("live", live);
        o.put("session_id", sessionId);
        // the FRMPayload is as on air when the application holds the AppSKey (session_id tells it which one)
        o.put("decrypted", device.map(d -> !lorabench.api.orbiwise.OwKeySchemes.applicationEncrypts(d))
                .orElse(true));
        if (!early) {
            if (gatewayInfo) {
                ArrayNode gws = o.putArray("gtw_info");
                for (Reception r : u.receptions()) {
                    ObjectNode g = gws.addObject().put("gtw_id", r.gateway().toString());
                    number(g, "rssi", r.rssi());
                    number(g, "snr", r.snr());
                }
            }
            device.flatMap(Device::position).ifPresent(p -> {
                o.put("latitude", p.latitude());
                o.put("longitude", p.longitude());
                o.put("altitude", p.altitude());
            });
        }
        o.put("confirmed", u.confirmed());
        o.put("devaddr", u.devAddr().unsigned());
        best.ifPresent(r -> o.put("freq", r.frequencyHz()));
        decoded.ifPresent(d -> o.set("decoded", d));
        return o;
    }

    /// The downlink status callback (OW-F-02). `data` is left out (AMB-OW-18: off by default); `tag` is there when
    /// the application gave one with the downlink.
    static ObjectNode downlink(Eui64 devEui, Downlink d, String sessionId) {
        ObjectNode o = JSON.objectNode();
        o.put("DevEUI", devEui.toString());
        o.put("id", d.id());
        d.fCnt().ifPresent(f -> o.put("fcnt", f));
        o.put("port", d.fPort());
        d.tag().ifPresent(t -> o.put("tag", t));
        o.put("transmissionStatus", transmissionStatus(d.status()));
        o.put("session_id", sessionId);
        return o;
    }

    /// The multicast status callback (OW-F-03), with the downlink's `tag` when it has one.
    static ObjectNode multicast(String groupId, Downlink d) {
        ObjectNode o = JSON.objectNode();
        o.put("groupid", groupId);
        o.put("id", d.id());
        d.fCnt().ifPresent(f -> o.put("fcnt", f));
        o.put("port", d.fPort());
        d.tag().ifPresent(t -> o.put("tag", t));
        o.put("transmissionStatus", transmissionStatus(d.status()));
        return o;
    }

    /// The device info callback (OW-F-04); `dl_fcnt` is the last used downlink counter, 0 before any (AMB-OW-07).
    static ObjectNode nodeinfo(Device d, Optional<DeviceSession> session) {
        ObjectNode o = JSON.objectNode();
        o.put("DevEUI", d.devEui().toString());
        int status = d.lastSeen().isPresent() ? 3 : session.isPresent()
                && d.activation() == lorabench.store.Activation.OTAA ? 2 : 0;
        o.put("device_status", status);
        d.lastSeen().ifPresentOrElse(t -> o.put("last_reception", time(t)), () -> o.putNull("last_reception"));
        long next = session.map(s -> Math.max(s.nFCntDown(), s.aFCntDown())).orElse(0L);
        o.put("dl_fcnt", Math.max(0, next - 1));
        o.put("device_class", switch (d.deviceClass()) {
            case A -> 0;
            case B -> 1;
            case C -> 2;
        });
        o.put("registration_status", 1);
        o.put("expiry_time_uplink", EXPIRY_HOURS);
        o.put("expiry_time_downlink", EXPIRY_HOURS);
        return o;
    }

    /// The device status callback (OW-F-05): the last DevStatusAns, `req_status` 3 (result ready).
    static ObjectNode status(Eui64 devEui, int battery, int margin, Instant at) {
        ObjectNode o = JSON.objectNode();
        o.put("DevEUI", devEui.toString());
        o.put("battery_status", battery);
        o.put("margin_status", margin);
        o.put("timestamp_status", time(at));
        o.put("req_status", 3);
        return o;
    }

    /// The join callback (OW-F-06): `join_request` and `join_accept` (clear, before MIC and encryption) in base64.
    static ObjectNode join(Eui64 devEui, Eui64 appEui, lorabench.lorawan.types.Bytes request,
            lorabench.lorawan.types.Bytes clearJoinAccept, String sessionId) {
        ObjectNode o = JSON.objectNode();
        o.put("DevEUI", devEui.toString());
        o.put("appeui", appEui.toString());
        o.put("join_request", java.util.Base64.getEncoder().encodeToString(request.toArray()));
        o.put("join_accept", java.util.Base64.getEncoder().encodeToString(clearJoinAccept.toArray()));
        o.put("session_id", sessionId);
        return o;
    }

    /// The join-info callback (OW-F-07).
    static ObjectNode joininfo(Eui64 devEui, Eui64 appEui, String joinStatus, Optional<String> sessionId) {
        ObjectNode o = JSON.objectNode();
        o.put("DevEUI", devEui.toString());
        o.put("appeui", appEui.toString());
        o.put("join_status", joinStatus);
        sessionId.ifPresent(s -> o.put("session_id", s));
        return o;
    }

    /// The alarm callback (OW-F-09) for a device alarm: `severity` `warning`, `category` `devices`, the DevEUI, the
    /// gateway that heard the frame best, the owning account's name (`userid`) and a text.
    static ObjectNode alarm(Instant at, String code, Eui64 devEui, Optional<Eui64> gateway, Optional<String> userid,
            String text) {
        ObjectNode o = JSON.objectNode();
        o.put("timestamp", time(at));
        o.put("severity", "warning");
        o.put("category", "devices");
        o.put("alarm_code", code);
        o.put("DevEUI", devEui.toString());
        gateway.ifPresent(g -> o.put("gtw_id", g.toString()));
        userid.ifPresent(u -> o.put("userid", u));
        o.put("alarm_text", text);
        return o;
    }

    /// {@return the OrbiWAN `transmissionStatus`} (OW-E-06): 0 pending, 1 sent, 2 acknowledged, 3 not acknowledged,
    /// 4 error, 5 cancelled
    public static int transmissionStatus(DownlinkStatus s) {
        return switch (s) {
            case PENDING -> 0;
            case SENT -> 1;
            case ACKNOWLEDGED -> 2;
            case NOT_ACKNOWLEDGED -> 3;
            case ERROR -> 4;
            case CANCELLED -> 5;
        };
    }

    private static void number(ObjectNode o, String field, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            o.put(field, (long) v);
        } else {
            o.put(field, v);
        }
    }
}
