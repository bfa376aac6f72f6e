// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/// A profile as one caller may see it: the effective `content` (resolved through links), or its reduced form when
/// `reduced`; the effective decoder only when the content is visible; the notes only for the owner.
public record ProfileView(ProfileEntry entry, JsonNode content, boolean reduced, Optional<String> decoder,
        Optional<String> notes) {
    public ProfileView {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(decoder, "decoder");
        Objects.requireNonNull(notes, "notes");
    }
}
