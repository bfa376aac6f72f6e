// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lorabench.store.ProfileKind;

/// A stored profile as the profile domain sees it: the envelope (name, description, private notes, sharing) and a
/// [Body] that is either local content or a link to another profile.
public record ProfileEntry(String id, ProfileKind kind, String schemaType, String name, String description,
        String notes, boolean sharedWithAllUsers, Optional<Long> owner, Body body, Instant created,
        Instant updated) {

    public ProfileEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaType, "schemaType");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    /// The profile's own data: its content, or where it links to.
    public sealed interface Body permits Local, Link {
    }

    /// A profile with its own `content` and, for device profiles, an optional payload decoder source.
    public record Local(JsonNode content, Optional<String> decoder) implements Body {
        public Local {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(decoder, "decoder");
            content = content.deepCopy();
        }
    }

    /// A link: the effective content is the target's, narrowed by `restrictions` (an object, often empty).
    /// `canBeInspected` = false hides the content from every caller of the link.
    public record Link(String targetId, boolean canBeInspected, JsonNode restrictions) implements Body {
        public Link {
            Objects.requireNonNull(targetId, "targetId");
            Objects.requireNonNull(restrictions, "restrictions");
            if (!restrictions.isObject()) {
                throw new IllegalArgumentException("restrictions must be a JSON object");
            }
            restrictions = restrictions.deepCopy();
        }
    }

    /// {@return the link target}, if this profile is a link
    public Optional<String> linkTarget() {
        return body instanceof Link l ? Optional.of(l.targetId()) : Optional.empty();
    }

    ProfileEntry withBody(Body newBody) {
        return new ProfileEntry(id, kind, schemaType, name, description, notes, sharedWithAllUsers, owner, newBody,
                created, updated);
    }
}
