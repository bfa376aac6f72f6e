// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/// A device, service or other profile: a JSON `document` that follows the JSON schema named by `schemaType`
/// (the profile editors and the REST APIs validate it; the store keeps it as given). `id` is chosen by the caller
/// (a UUID or a vendor identifier), and devices refer to it by that id.
public record Profile(String id, ProfileKind kind, String name, String schemaType, JsonNode document,
        Optional<Long> ownerAccountId, Instant created, Instant updated) {

    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schemaType, "schemaType");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(ownerAccountId, "ownerAccountId");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        if (id.isBlank() || id.length() > 128) {
            throw new IllegalArgumentException("profile id must be 1..128 characters");
        }
    }

    /// {@return a draft profile}, unowned
    public static Profile of(String id, ProfileKind kind, String name, String schemaType, JsonNode document) {
        return new Profile(id, kind, name, schemaType, document, Optional.empty(), Instant.EPOCH, Instant.EPOCH);
    }

    public Profile withDocument(JsonNode newDocument) {
        return new Profile(id, kind, name, schemaType, newDocument, ownerAccountId, created, updated);
    }

    public Profile withOwner(Optional<Long> owner) {
        return new Profile(id, kind, name, schemaType, document, owner, created, updated);
    }
}
