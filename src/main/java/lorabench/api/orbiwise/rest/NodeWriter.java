// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lorabench.lorawan.band.RegionalRevision;
import lorabench.lorawan.types.Eui64;
import lorabench.server.profile.ProfileEntry;
import lorabench.server.provisioning.DeviceInput;
import lorabench.server.provisioning.DeviceValidator;
import lorabench.server.provisioning.ImportFields;
import lorabench.store.Account;
import lorabench.store.Device;
import lorabench.store.DeviceGroup;
import lorabench.store.Position;

/// Turns OrbiWAN registration and update bodies into provisioned devices (seed §Register device, §Update device):
/// profile-based registration (`device_profile_uuid` gives activation, MAC version, region and default class) or
/// the legacy direct registration (AMB-OW-01), validated by `server.provisioning`, with the OrbiWAN-only fields in
/// the device's vendor attributes ([OwDeviceData]).
final class NodeWriter {
    static final String REG_ERROR = "Error in registration";
    private static final Map<String, String> REGIONS = Map.ofEntries(Map.entry("EU868", "EU868"),
            Map.entry("US915", "US915"), Map.entry("AU915", "AU915"), Map.entry("Australia915", "AU915"),
            Map.entry("CN470", "CN470"), Map.entry("China470", "CN470"), Map.entry("AS923", "AS923-1"),
            Map.entry("AS923-2", "AS923-2"), Map.entry("AS923-3", "AS923-3"), Map.entry("KR920", "KR920"),
            Map.entry("IN865", "IN865"), Map.entry("INDIA", "IN865"), Map.entry("RU864", "RU864"),
            Map.entry("JP923", "JP923"));

    private final OwServices s;

    NodeWriter(OwServices s) {
        this.s = s;
    }

    /// A device ready to store and the groups it must belong to.
    record Written(Device device, Optional<Set<String>> groups) {}

    /// {@return the new device `body` registers for `owner`}
    Written create(Account caller, ObjectNode body) {
        String eui = OwFormat.nodeText(body, "DevEUI").orElseThrow(() -> new OwError(404, REG_ERROR,
                REG_ERROR + ": DevEUI is missing"));
        Map<String, String> f = new java.util.HashMap<>();
        f.put(ImportFields.DEV_EUI, OwFormat.eui("DevEUI", eui).toString());
        if (OwFormat.nodeText(body, "userid").isPresent()) {
            throw new OwError(404, REG_ERROR, REG_ERROR + ": userid cannot be set on creation");
        }
        boolean legacy = OwFormat.nodeText(body, "device_profile_uuid").isEmpty();
        if (legacy && NodeFields.LEGACY.stream().noneMatch(body::has) && !body.has("MACVersion")) {
            throw new OwError(404, REG_ERROR, REG_ERROR + ": device_profile_uuid and service_profile_uuid are"
                    + " mandatory");
        }
        if (legacy) {
            for (String m : List.of("lora_device_class", "lora_fcnt_32bit", "lora_rx2_sf")) {
                if (!body.has(m)) {
                    throw new OwError(404, REG_ERROR, REG_ERROR + ": " + m + " is mandatory without profiles");
                }
            }
        }
        ObjectNode data = s.json().createObjectNode();
        data.put("activated", true);
        data.put("expiry_time_uplink", 168);
        data.put("expiry_time_downlink", 168);
        Device base = apply(caller, f, data, body, Set.of(), true);
        return new Written(base, groupsOf(caller, body, Set.of()));
    }

    /// {@return `d` changed by the partial update `body`}
    Written update(Account caller, Device d, ObjectNode body) {
        if (body.has("DevEUI")) {
            throw OwError.badRequest("DevEUI cannot be changed");
        }
        if (body.has("devaddr") != (body.has("nwkskey") || body.has("fnwksintkey"))) {
            throw OwError.badRequest("devaddr and nwkskey must be updated together");
        }
        Map<String, String> f = new java.util.HashMap<>(NodeFields.of(d));
        Set<String> apps = OwDeviceData.applications(d);
        Device out = apply(caller, f, OwDeviceData.of(d), body, apps, false);
        out = out.withOwner(d.ownerAccountId()).withPosition(position(body, d.position()));
        return new Written(out, groupsOf(caller, body, new LinkedHashSet<>(s.groups().groupsOf(d.devEui()))));
    }

    private Device apply(Account caller, Map<String, String> f, ObjectNode data, ObjectNode body, Set<String> apps,
            boolean creating) {
        var revision = new java.util.concurrent.atomic.AtomicReference<Optional<RegionalRevision>>(Optional.empty());
        OwFormat.nodeText(body, "device_profile_uuid").ifPresent(id -> {
            ProfileEntry p = profile(caller, id, "device");
            JsonNode c = s.profiles().effectiveContent(p.id()).orElseThrow(() -> new OwError(404, REG_ERROR,
                    REG_ERROR + ": device profile " + id + " is broken"));
            f.put(ImportFields.DEVICE_PROFILE, p.id());
            f.put(ImportFields.ACTIVATION, c.path("activation").asText("OTAA"));
            f.put(ImportFields.MAC_VERSION, NodeFields.macVersion(c.path("MACVersion").asText("1.0.2")));
            f.put(ImportFields.REGION, region(c.path("RFRegion").asText("EU868")));
            f.put(ImportFields.DEVICE_CLASS, c.path("DefaultDeviceClass").asText("CLASS_A").replace("CLASS_", ""));
            // The profile's revision is what the server then simulates for the device (checked at profile creation).
            if (c.path("RegParamsRevision").isTextual()) {
                revision.set(revisionOf(c.get("RegParamsRevision").asText()));
            }
            if (c.path("transmit_capable_only").asBoolean(false)) {
                data.put("transmit_capable_only", true);
            }
        });
        Optional<String> sp = OwFormat.nodeText(body, "service_profile_uuid");
        if (creating && f.containsKey(ImportFields.DEVICE_PROFILE) && sp.isEmpty()) {
            throw new OwError(404, REG_ERROR, REG_ERROR + ": service_profile_uuid is mandatory");
        }
        sp.ifPresent(id -> f.put(ImportFields.SERVICE_PROFILE, profile(caller, id, "service").id()));
        NodeLegacy.apply(body, f, data); // validates a legacy RegParamsRevision (A or B)
        OwFormat.nodeText(body, "RegParamsRevision").ifPresent(r -> revision.set(revisionOf(r)));
        if (body.has("lora_device_class")) {
            f.put(ImportFields.DEVICE_CLASS, NodeFields.deviceClass(body.get("lora_device_class")));
        }
        NodeFields.keys(body, f);
        if (creating && !f.containsKey(ImportFields.ACTIVATION)) {
            f.put(ImportFields.ACTIVATION, f.containsKey(ImportFields.DEV_ADDR) ? "ABP" : "OTAA");
        }
        f.putIfAbsent(ImportFields.MAC_VERSION, "1.0.2");
        f.putIfAbsent(ImportFields.REGION, "EU868");
        OwFormat.nodeText(body, "appeui").ifPresent(a -> data.put("appeui", OwFormat.eui("appeui", a).toString()));
        for (String k : List.of("comment", "options", "activated", "expiry_time_uplink", "expiry_time_downlink")) {
            if (body.has(k)) {
                data.set(k, body.get(k));
            }
        }
        Set<String> nextApps = body.has("applications") && body.get("userid") == null
                ? edit(apps, body.get("applications").asText(""), "applications") : apps;
        if (body.has("userid")) {
            nextApps = Set.copyOf(OwDeviceData.commaList(body.path("applications").asText("")));
        }
        OwDeviceData.setApplications(data, nextApps);
        nextApps.stream().findFirst().ifPresentOrElse(a -> f.put(ImportFields.APPLICATION, a),
                () -> f.remove(ImportFields.APPLICATION));
        Device d = switch (s.provisioning().validate(DeviceInput.of(f),
                lorabench.server.provisioning.KeyCustody.APPLICATION_MAY_HOLD)) {
            case DeviceValidator.Outcome.Valid v -> v.device();
            case DeviceValidator.Outcome.Invalid i -> throw new OwError(404, REG_ERROR, REG_ERROR + ": "
                    + String.join("; ", i.violations().stream().map(Object::toString).toList()));
        };
        d = OwDeviceData.with(d.withOwner(Optional.of(OwAccountView.ownerId(caller))), data)
                .withPosition(position(body, Optional.empty()));
        Eui64 devEui = d.devEui();
        d = d.withRegionalRevision(revision.get().or(() -> creating ? Optional.empty()
                : s.devices().find(devEui).flatMap(Device::regionalRevision)));
        OwFormat.tags(body, 406);
        if (body.has("tags")) {
            Map<String, String> tags = new java.util.HashMap<>(creating ? Map.of() : currentTags(d));
            body.get("tags").properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    tags.remove(e.getKey());
                } else {
                    tags.put(OwTags.name(e.getKey()), e.getValue().asText());
                }
            });
            d = d.withTags(tags);
        } else if (!creating) {
            d = d.withTags(currentTags(d));
        }
        return d;
    }

    /// {@return the revision `text` names}, empty when it names none (a profile stored without `strict` may hold
    /// anything there; the device then follows the latest regional parameters)
    private static Optional<RegionalRevision> revisionOf(String text) {
        try {
            return Optional.of(RegionalRevision.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Map<String, String> currentTags(Device d) {
        return s.devices().find(d.devEui()).map(Device::tags).orElse(Map.of());
    }

    private ProfileEntry profile(Account caller, String id, String xx) {
        long owner = OwAccountView.ownerId(caller);
        return s.profiles().find(id).filter(p -> p.kind().name().equalsIgnoreCase(xx))
                .filter(p -> p.owner().isEmpty() || p.owner().get() == owner || p.sharedWithAllUsers()
                        || OwAccountView.isAdmin(caller))
                .orElseThrow(() -> new OwError(404, REG_ERROR, REG_ERROR + ": unknown " + xx + " profile " + id));
    }

    static String region(String ow) {
        String band = REGIONS.get(ow);
        if (band == null) {
            throw new OwError(406, "Invalid value", "RFRegion " + ow + " is not simulated");
        }
        return band;
    }

    /// {@return the group ids after applying the body's `groups`}, empty when it has none
    private Optional<Set<String>> groupsOf(Account caller, ObjectNode body, Set<String> current) {
        if (!body.has("groups") && !body.has("userid")) {
            return Optional.empty();
        }
        Set<String> next = body.has("userid") ? new LinkedHashSet<>(OwDeviceData.commaList(
                body.path("groups").asText(""))) : edit(current, body.get("groups").asText(""), "groups");
        return Optional.of(next);
    }

    /// Checks that every group exists and is the caller's (or the new owner's, for a move).
    void checkGroups(Account owner, Set<String> groups) {
        for (String g : groups) {
            Optional<DeviceGroup> group = s.groups().find(g);
            if (group.isEmpty() || group.get().ownerAccountId().filter(o -> o == OwAccountView.ownerId(owner))
                    .isEmpty()) {
                throw new OwError(404, REG_ERROR, REG_ERROR + ": unknown group " + g);
            }
        }
    }

    /// {@return `current` edited by a comma list}: plain ids replace, `+id` adds, `-id` removes (OW-D-04, OW-D-07)
    static Set<String> edit(Set<String> current, String list, String field) {
        List<String> items = OwDeviceData.commaList(list);
        boolean modifiers = items.stream().anyMatch(i -> i.startsWith("+") || i.startsWith("-"));
        if (modifiers && items.stream().anyMatch(i -> !i.startsWith("+") && !i.startsWith("-"))) {
            throw OwError.badRequest(field + ": do not mix plain ids with +/- edits");
        }
        if (!modifiers) {
            return new LinkedHashSet<>(items);
        }
        Set<String> out = new LinkedHashSet<>(current);
        for (String i : items) {
            if (i.startsWith("+")) {
                out.add(i.substring(1).strip());
            } else {
                out.remove(i.substring(1).strip());
            }
        }
        return out;
    }

    private static Optional<Position> position(ObjectNode body, Optional<Position> old) {
        if (!body.has("latitude") && !body.has("longitude") && !body.has("altitude")) {
            return old;
        }
        for (String k : new String[] {"latitude", "longitude", "altitude"}) {
            if (body.has(k) && !body.get(k).isNumber()) {
                throw new OwError(406, "Invalid value", k + " must be a number");
            }
        }
        double lat = body.has("latitude") ? body.get("latitude").asDouble() : old.map(Position::latitude).orElse(0.0);
        double lon = body.has("longitude") ? body.get("longitude").asDouble()
                : old.map(Position::longitude).orElse(0.0);
        double alt = body.has("altitude") ? body.get("altitude").asDouble() : old.map(Position::altitude).orElse(0.0);
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new OwError(406, "Invalid value", "latitude/longitude out of range");
        }
        return Optional.of(new Position(lat, lon, alt));
    }
}
