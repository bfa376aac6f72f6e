// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;
import lorabench.server.profile.ProfileType;

/// The OrbiWAN device and service profiles as [ProfileType]s: their content schemas, what a link may restrict,
/// which fields stay changeable once a device uses the profile, and the reduced view.
public final class OrbiwiseProfileTypes {
    /// Seed §Modify Device Profile: "The following parameters are safe to change" on a profile in use.
    public static final Set<String> DEVICE_SAFE_FIELDS = Set.of("DefaultDeviceClass", "SupportsClassB",
            "SupportsClassC", "transmit_capable_only", "lora_fcnt32bits", "dl_max_size_app_payload",
            "dl_max_size_phy_payload", "dl_max_num_mac_cmd", "dl_max_size_mac_cmd", "support_fuota",
            "persisted_fcnt", "mobile_device");
    /// The seed does not list safe service-profile fields; the traffic limits and QoS may change (a downgrade or an
    /// upgrade of the service), the connectivity rule `allow_non_adr` and real-time downlink may not.
    public static final Set<String> SERVICE_SAFE_FIELDS = Set.of("max_outstanding_downlinks", "max_uplinks_per_day",
            "max_downlinks_per_day", "allow_confirmed_downlink", "qos_priority");

    private final OrbiwiseProfileSchemas schemas;
    private final ProfileType device;
    private final ProfileType service;

    public OrbiwiseProfileTypes(OrbiwiseProfileSchemas schemas) {
        this.schemas = schemas;
        this.device = new ProfileType(OwProfileKind.DEVICE.schemaType(), OwProfileKind.DEVICE.kind(),
                schemas.schema(OwProfileKind.DEVICE).objectProperty("content"), Optional.empty(), DEVICE_SAFE_FIELDS,
                OrbiwiseProfileTypes::reducedDevice);
        this.service = new ProfileType(OwProfileKind.SERVICE.schemaType(), OwProfileKind.SERVICE.kind(),
                schemas.schema(OwProfileKind.SERVICE).objectProperty("content"),
                Optional.of(schemas.linkSchema(OwProfileKind.SERVICE).objectProperty("restrictions")),
                SERVICE_SAFE_FIELDS, content -> JsonNodeFactory.instance.objectNode());
    }

    public ProfileType type(OwProfileKind kind) {
        return switch (kind) {
            case DEVICE -> device;
            case SERVICE -> service;
        };
    }

    public OrbiwiseProfileSchemas schemas() {
        return schemas;
    }

    /// Seed §Get Specific Device Profile: without the inspect right the content is only `activation` and
    /// `MACVersion` cut to `"1.0.x"` / `"1.1.x"`, enough to choose the key scheme.
    static JsonNode reducedDevice(JsonNode content) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (content.hasNonNull("activation")) {
            out.set("activation", content.get("activation"));
        }
        String mac = content.path("MACVersion").asText("");
        if (mac.length() >= 3) {
            out.put("MACVersion", mac.substring(0, 3) + ".x");
        }
        return out;
    }
}
