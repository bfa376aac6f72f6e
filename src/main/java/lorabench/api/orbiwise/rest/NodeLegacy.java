// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lorabench.server.provisioning.ImportFields;

/// The legacy ("direct") registration fields (seed L457–L569, AMB-OW-01): validated against the printed ranges
/// (406 otherwise, AMB-OW-45), `activation`, `MACVersion` and `RFRegion` mapped to the import format, the rest kept
/// in the device's OrbiWAN attributes.
final class NodeLegacy {
    private static final Set<String> MAC_VERSIONS = Set.of("1.0.0", "1.0.1", "1.0.2", "1.0.3", "1.0.4", "1.1.0",
            "1.1.1");
    private static final Set<String> PROPERTIES = Set.of("static", "mobile", "indoor", "outdoor");

    private NodeLegacy() {}

    static void apply(ObjectNode body, Map<String, String> f, ObjectNode data) {
        OwFormat.nodeText(body, "activation").ifPresent(a -> {
            if (!a.equals("ABP") && !a.equals("OTAA")) {
                throw invalid("activation must be ABP or OTAA");
            }
            f.put(ImportFields.ACTIVATION, a);
        });
        OwFormat.nodeText(body, "MACVersion").ifPresent(v -> {
            if (!MAC_VERSIONS.contains(v)) {
                throw invalid("MACVersion " + v + " is not supported");
            }
            f.put(ImportFields.MAC_VERSION, NodeFields.macVersion(v));
        });
        OwFormat.nodeText(body, "RFRegion").ifPresent(r -> f.put(ImportFields.REGION, NodeWriter.region(r)));
        range(body, "lora_rx_delay1", 1, 5);
        range(body, "lora_rx_delay2", 2, 6);
        if (body.has("lora_rx_delay1") && body.has("lora_rx_delay2")
                && body.get("lora_rx_delay2").asInt() != body.get("lora_rx_delay1").asInt() + 1) {
            throw invalid("lora_rx_delay2 must be lora_rx_delay1 + 1");
        }
        range(body, "lora_major", 0, 0);
        range(body, "expiry_time_uplink", 1, 1_000_000);
        range(body, "expiry_time_downlink", 1, 1_000_000);
        range(body, "redundant_uplink_cnt", 0, 6);
        range(body, "max_allowed_dutycycle", 0, 100);
        range(body, "expected_avr_dutycycle", 0, 100);
        range(body, "MaxEIRP", 0, 33);
        for (String b : List.of("lora_fcnt_32bit", "lora_location", "downlink_allowed", "activated")) {
            if (body.has(b) && !body.get(b).isBoolean()) {
                throw invalid(b + " must be a boolean");
            }
        }
        OwFormat.nodeText(body, "device_properties").ifPresent(p -> {
            List<String> props = OwDeviceData.commaList(p);
            if (!PROPERTIES.containsAll(props) || props.contains("static") && props.contains("mobile")
                    || props.contains("indoor") && props.contains("outdoor")) {
                throw invalid("device_properties '" + p + "' is not a valid combination");
            }
        });
        OwFormat.nodeText(body, "RegParamsRevision").ifPresent(r -> {
            if (!r.equals("A") && !r.equals("B")) {
                throw invalid("RegParamsRevision must be A or B");
            }
        });
        ObjectNode legacy = data.has("legacy") ? (ObjectNode) data.get("legacy") : data.putObject("legacy");
        for (String k : NodeFields.LEGACY) {
            if (body.has(k)) {
                legacy.set(k, body.get(k));
            }
        }
        for (String k : List.of("activation", "MACVersion", "RFRegion")) {
            if (body.has(k)) {
                legacy.set(k, body.get(k));
            }
        }
    }

    private static void range(ObjectNode body, String name, long min, long max) {
        JsonNode n = body.get(name);
        if (n == null) {
            return;
        }
        if (!n.isNumber() || n.asDouble() < min || n.asDouble() > max) {
            throw invalid(name + " must be in [" + min + ";" + max + "]");
        }
    }

    private static OwError invalid(String detail) {
        return new OwError(406, "Invalid value", detail);
    }
}
