// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/// What a caller supplies to create or replace a local profile.
public record ProfileDraft(String name, String description, String notes, boolean sharedWithAllUsers,
        JsonNode content, Optional<String> decoder) {
    public ProfileDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(decoder, "decoder");
    }
}
