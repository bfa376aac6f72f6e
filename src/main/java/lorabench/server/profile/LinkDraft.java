// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/// What a caller supplies to create or change a linked profile: its own name, description and sharing, the
/// target, whether the content may be inspected through the link, and the restrictions (an object, often empty).
public record LinkDraft(String name, String description, boolean sharedWithAllUsers, boolean canBeInspected,
        String targetId, JsonNode restrictions) {
    public LinkDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(restrictions, "restrictions");
    }
}
