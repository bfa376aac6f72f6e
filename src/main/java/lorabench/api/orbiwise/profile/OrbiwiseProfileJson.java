// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.band.Bands;
import lorabench.lorawan.band.RegionalRevision;
import lorabench.server.profile.LinkDraft;
import lorabench.server.profile.ProfileDraft;
import lorabench.server.profile.ProfileEntry;
import lorabench.server.profile.ProfileView;
import lorabench.server.profile.SchemaValidator;
import lorabench.server.profile.Violation;

/// Reads OrbiWAN profile bodies and writes OrbiWAN profile answers (seed §Profiles, §Device Profile, §Service
/// Profile). Readings of SEED-CHECKLIST: a link body's `content` is ignored, or refused under `strict`
/// (AMB-OW-41); the answer to a link creation carries both `profile_uuid` and the documented
/// `copy_from_profile_uuid`, both the new link's id (AMB-OW-38); notes are shown to the owner only (OW-N-03).
/// Under `strict` a device profile must name a `RegParamsRevision` that defines its `RFRegion`.
public final class OrbiwiseProfileJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final OrbiwiseProfileSchemas schemas;

    public OrbiwiseProfileJson(OrbiwiseProfileSchemas schemas) {
        this.schemas = schemas;
    }

    /// {@return the request a body stands for}, or [OwProfileRequest.Rejected] with every violation
    public OwProfileRequest read(OwProfileKind kind, JsonNode body, boolean strict) {
        if (!body.isObject()) {
            return new OwProfileRequest.Rejected(List.of(new Violation("", "the body must be a JSON object")));
        }
        if (body.has("copy_from_profile_uuid")) {
            JsonNode from = body.get("copy_from_profile_uuid");
            return from.isTextual() && !from.asText().isBlank() ? new OwProfileRequest.Unlink(from.asText())
                    : new OwProfileRequest.Rejected(List.of(new Violation("/copy_from_profile_uuid",
                            "must be a profile UUID")));
        }
        if (body.has("link_to_profile_uuid")) {
            ObjectNode link = ((ObjectNode) body).deepCopy();
            List<Violation> violations = new ArrayList<>();
            if (link.has("content") && strict) {
                violations.add(new Violation("/content", "a link carries no content"));
            }
            link.remove("content");
            violations.addAll(SchemaValidator.validate(schemas.linkSchema(kind), link));
            if (!violations.isEmpty()) {
                return new OwProfileRequest.Rejected(violations);
            }
            return new OwProfileRequest.Link(new LinkDraft(link.get("profile_name").asText(),
                    link.path("description").asText(""), link.path("shared_with_all_users").asBoolean(false),
                    link.path("can_be_inspected").asBoolean(true), link.get("link_to_profile_uuid").asText(),
                    link.has("restrictions") ? link.get("restrictions") : JSON.objectNode()),
                    Optional.ofNullable(link.get("userid")).map(JsonNode::asText));
        }
        List<Violation> violations = new ArrayList<>(SchemaValidator.validate(schemas.schema(kind), body));
        if (violations.isEmpty() && strict && kind == OwProfileKind.DEVICE) {
            undefinedBand(body.get("content")).ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            return new OwProfileRequest.Rejected(violations);
        }
        return new OwProfileRequest.Local(new ProfileDraft(body.get("profile_name").asText(),
                body.path("description").asText(""), body.path("notes").asText(""),
                body.path("shared_with_all_users").asBoolean(false), body.get("content"),
                Optional.ofNullable(body.get("payload_decoder_js")).map(JsonNode::asText)));
    }

    /// {@return a violation when the device profile's `RegParamsRevision` does not define its `RFRegion`} (e.g.
    /// AS923-2 with "B", which only RP002-1.0.1 and later define; CN470 with "A", whose 96-channel plan LoRaBench
    /// does not simulate). Only under `strict`: otherwise such a device runs on the RP002-1.0.4 band.
    private static Optional<Violation> undefinedBand(JsonNode content) {
        BandId id;
        RegionalRevision revision;
        try {
            id = BandId.parse(content.path("RFRegion").asText());
            revision = RegionalRevision.parse(content.path("RegParamsRevision").asText());
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // the schema already names a bad value
        }
        try {
            Bands.lookup(id, revision);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(new Violation("/content/RegParamsRevision", e.getMessage()));
        }
    }

    /// {@return the answer to a create}: `{"profile_uuid"}`, plus `copy_from_profile_uuid` for a link
    public JsonNode created(ProfileEntry entry) {
        ObjectNode out = JSON.objectNode();
        out.put("profile_uuid", entry.id());
        if (entry.body() instanceof ProfileEntry.Link) {
            out.put("copy_from_profile_uuid", entry.id());
        }
        return out;
    }

    /// {@return one element of the list answer}
    public JsonNode listItem(ProfileEntry entry) {
        ObjectNode out = JSON.objectNode();
        out.put("profile_uuid", entry.id());
        out.put("profile_name", entry.name());
        out.put("description", entry.description());
        out.put("shared_with_all_users", entry.sharedWithAllUsers());
        entry.linkTarget().ifPresent(t -> out.put("link_to_profile_uuid", t));
        return out;
    }

    /// {@return the answer to `GET /rest/xx-profiles/{uuid}`}, full or reduced as the view says
    public JsonNode view(ProfileView view) {
        ProfileEntry e = view.entry();
        ObjectNode out = JSON.objectNode();
        out.put("profile_uuid", e.id());
        out.put("profile_name", e.name());
        out.put("description", e.description());
        view.notes().ifPresent(n -> out.put("notes", n));
        out.put("shared_with_all_users", e.sharedWithAllUsers());
        if (e.body() instanceof ProfileEntry.Link link) {
            out.put("link_to_profile_uuid", link.targetId());
            out.put("can_be_inspected", link.canBeInspected());
            if (!view.reduced() && !link.restrictions().isEmpty()) {
                out.set("restrictions", link.restrictions().deepCopy());
            }
        }
        view.decoder().ifPresent(d -> out.put("payload_decoder_js", d));
        out.set("content", view.content().deepCopy());
        return out;
    }
}
