// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import lorabench.store.Profile;

/// Maps a [ProfileEntry] to the store's [Profile] and back. The stored `document` is LoRaBench's own envelope
/// (`description`, `notes`, `sharedWithAllUsers` and either `content` + `decoder` or `link`), not an API format.
final class ProfileDocuments {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ProfileDocuments() {
    }

    static Profile toStore(ProfileEntry e) {
        ObjectNode doc = JSON.objectNode();
        doc.put("description", e.description());
        doc.put("notes", e.notes());
        doc.put("sharedWithAllUsers", e.sharedWithAllUsers());
        switch (e.body()) {
            case ProfileEntry.Local(JsonNode content, Optional<String> decoder) -> {
                doc.set("content", content.deepCopy());
                decoder.ifPresent(d -> doc.put("decoder", d));
            }
            case ProfileEntry.Link(String target, boolean canBeInspected, JsonNode restrictions) -> {
                ObjectNode link = doc.putObject("link");
                link.put("target", target);
                link.put("canBeInspected", canBeInspected);
                link.set("restrictions", restrictions.deepCopy());
            }
        }
        return new Profile(e.id(), e.kind(), e.name(), e.schemaType(), doc, e.owner(), e.created(), e.updated());
    }

    static ProfileEntry fromStore(Profile p) {
        JsonNode doc = p.document();
        JsonNode link = doc.get("link");
        ProfileEntry.Body body = link != null
                ? new ProfileEntry.Link(link.path("target").asText(), link.path("canBeInspected").asBoolean(true),
                        link.has("restrictions") ? link.get("restrictions") : JSON.objectNode())
                : new ProfileEntry.Local(doc.has("content") ? doc.get("content") : JSON.objectNode(),
                        Optional.ofNullable(doc.get("decoder")).map(JsonNode::asText));
        return new ProfileEntry(p.id(), p.kind(), p.schemaType(), p.name(), doc.path("description").asText(""),
                doc.path("notes").asText(""), doc.path("sharedWithAllUsers").asBoolean(false), p.ownerAccountId(), body,
                p.created(), p.updated());
    }
}
