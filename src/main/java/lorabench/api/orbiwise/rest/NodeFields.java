// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lorabench.server.provisioning.ImportFields;
import lorabench.store.Device;
import lorabench.store.SessionKeys;

/// Maps OrbiWAN registration fields (seed §Register device, key schemes) to the import-format fields of
/// `server.provisioning` and back. Keys, EUIs and DevAddr are normalised from any of the three hex notations (406
/// when malformed); ABP 1.0 devices take `nwkskey`, ABP 1.1 devices `snwksintkey`, `fnwksintkey`, `nwksenckey`.
final class NodeFields {
    /// The legacy ("direct") registration fields (seed L457–L569), kept verbatim and echoed with `all=true`.
    static final List<String> LEGACY = List.of("lora_fcnt_32bit", "lora_rx_delay1", "lora_rx_delay2",
            "lora_major", "lora_rx2_sf", "redundant_uplink_cnt", "device_properties", "max_allowed_dutycycle",
            "expected_avr_dutycycle", "lora_location", "downlink_allowed", "RegParamsRevision", "MaxEIRP");
    /// Every registration field the API reads.
    static final List<String> ALL = List.of("DevEUI", "lora_device_class", "appeui", "joineui", "appkey", "nwkkey",
            "nwkskey", "snwksintkey", "fnwksintkey", "nwksenckey", "appskey", "applications", "groups", "userid",
            "comment", "altitude", "latitude", "longitude", "options", "activated", "device_profile_uuid",
            "service_profile_uuid", "devaddr", "tags", "expiry_time_uplink", "expiry_time_downlink", "activation",
            "MACVersion", "RFRegion", "lora_fcnt_32bit", "lora_rx_delay1", "lora_rx_delay2", "lora_major",
            "lora_rx2_sf", "redundant_uplink_cnt", "device_properties", "max_allowed_dutycycle",
            "expected_avr_dutycycle", "lora_location", "downlink_allowed", "RegParamsRevision", "MaxEIRP");

    private NodeFields() {}

    /// {@return the import fields of an existing device}, the base of an update
    static Map<String, String> of(Device d) {
        Map<String, String> f = new HashMap<>();
        f.put(ImportFields.DEV_EUI, d.devEui().toString());
        f.put(ImportFields.NAME, d.name());
        f.put(ImportFields.ACTIVATION, d.activation().name());
        f.put(ImportFields.MAC_VERSION, d.macVersion().toString());
        f.put(ImportFields.REGION, d.region().text());
        f.put(ImportFields.DEVICE_CLASS, d.deviceClass().name());
        d.joinEui().ifPresent(v -> f.put(ImportFields.JOIN_EUI, v.toString()));
        d.appKey().ifPresent(v -> f.put(ImportFields.APP_KEY, v.toHex()));
        d.nwkKey().ifPresent(v -> f.put(ImportFields.NWK_KEY, v.toHex()));
        d.devAddr().ifPresent(v -> f.put(ImportFields.DEV_ADDR, v.toString()));
        d.abpKeys().ifPresent(k -> {
            if (d.macVersion().is11()) {
                f.put(ImportFields.F_NWK_S_INT_KEY, k.fNwkSIntKey().toHex());
                f.put(ImportFields.S_NWK_S_INT_KEY, k.sNwkSIntKey().toHex());
                f.put(ImportFields.NWK_S_ENC_KEY, k.nwkSEncKey().toHex());
            } else {
                f.put(ImportFields.NWK_S_KEY, k.fNwkSIntKey().toHex());
            }
            k.appSKey().ifPresent(a -> f.put(ImportFields.APP_S_KEY, a.toHex()));
        });
        f.put(ImportFields.F_CNT_UP, Long.toString(d.fCntUp()));
        f.put(ImportFields.F_CNT_DOWN, Long.toString(d.fCntDown()));
        d.deviceProfile().ifPresent(v -> f.put(ImportFields.DEVICE_PROFILE, v));
        d.serviceProfile().ifPresent(v -> f.put(ImportFields.SERVICE_PROFILE, v));
        d.application().ifPresent(v -> f.put(ImportFields.APPLICATION, v));
        return f;
    }

    /// Copies the OrbiWAN key, EUI and DevAddr members of `body` into `f`, normalised.
    static void keys(ObjectNode body, Map<String, String> f) {
        key(body, "appkey", f, ImportFields.APP_KEY);
        key(body, "nwkkey", f, ImportFields.NWK_KEY);
        key(body, "nwkskey", f, ImportFields.NWK_S_KEY);
        key(body, "fnwksintkey", f, ImportFields.F_NWK_S_INT_KEY);
        key(body, "snwksintkey", f, ImportFields.S_NWK_S_INT_KEY);
        key(body, "nwksenckey", f, ImportFields.NWK_S_ENC_KEY);
        key(body, "appskey", f, ImportFields.APP_S_KEY);
        Optional<String> join = OwFormat.nodeText(body, "joineui").or(() -> OwFormat.nodeText(body, "appeui"));
        join.ifPresent(j -> f.put(ImportFields.JOIN_EUI, OwFormat.eui("joineui", j).toString()));
        JsonNode addr = body.get("devaddr");
        if (addr != null && !addr.isNull() && !addr.asText().isBlank()) {
            f.put(ImportFields.DEV_ADDR, OwFormat.devAddr(addr).toString());
        }
    }

    private static void key(ObjectNode body, String name, Map<String, String> f, String field) {
        OwFormat.nodeText(body, name).ifPresent(k -> f.put(field, OwFormat.key(name, k).toHex()));
    }

    /// {@return the class letter of `lora_device_class`}
    /// @throws OwError 406 outside [0;2]
    static String deviceClass(JsonNode n) {
        if (!n.canConvertToInt() || n.asInt() < 0 || n.asInt() > 2) {
            throw new OwError(406, "Invalid value", "lora_device_class must be 0, 1 or 2");
        }
        return switch (n.asInt()) {
            case 0 -> "A";
            case 1 -> "B";
            default -> "C";
        };
    }

    /// {@return the OrbiWAN MAC version text as the import format writes it} (`1.1.x` is LoRaWAN 1.1)
    static String macVersion(String text) {
        return text.startsWith("1.1") ? "1.1" : text;
    }

    /// {@return whether the DevAddr + network key pair of `d` is used by another device}
    static boolean addrKeyTaken(Device d, List<Device> others) {
        if (d.devAddr().isEmpty() || d.abpKeys().isEmpty()) {
            return false;
        }
        SessionKeys k = d.abpKeys().get();
        return others.stream().anyMatch(o -> !o.devEui().equals(d.devEui()) && o.devAddr().equals(d.devAddr())
                && o.abpKeys().map(ok -> ok.fNwkSIntKey().equals(k.fNwkSIntKey())).orElse(false));
    }
}
