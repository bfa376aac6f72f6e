// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/// An application: the name devices refer to in their `application` field (import format), its owner and settings
/// (payload codec, integrations) as a JSON document. A draft for [ApplicationRepository#insert] has id 0.
public record Application(long id, String name, String description, Optional<Long> ownerAccountId,
        JsonNode settings, Instant created, Instant updated) {

    public Application {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(ownerAccountId, "ownerAccountId");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        if (name.isBlank() || name.length() > 128) {
            throw new IllegalArgumentException("application name must be 1..128 characters");
        }
    }

    public static Application newApplication(String name, Optional<Long> ownerAccountId) {
        return new Application(0, name, "", ownerAccountId, StoreJson.emptyObject(), Instant.EPOCH, Instant.EPOCH);
    }

    public Application withDescription(String text) {
        return new Application(id, name, text, ownerAccountId, settings, created, updated);
    }

    public Application withSettings(JsonNode newSettings) {
        return new Application(id, name, description, ownerAccountId, newSettings, created, updated);
    }
}
