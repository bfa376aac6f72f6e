// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/// A named group of devices, optionally with a multicast session; `settings` holds the rest of a vendor's group
/// document (multicast data rate, frequency, class, ...). Members are kept by [GroupRepository]. `id` is chosen by
/// the caller.
public record DeviceGroup(String id, String name, String description, Optional<Long> ownerAccountId,
        Optional<MulticastSession> multicast, JsonNode settings, Instant created, Instant updated) {

    public DeviceGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(ownerAccountId, "ownerAccountId");
        Objects.requireNonNull(multicast, "multicast");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        if (id.isBlank() || id.length() > 128) {
            throw new IllegalArgumentException("group id must be 1..128 characters");
        }
    }

    /// {@return a draft group} with no multicast session
    public static DeviceGroup of(String id, String name) {
        return new DeviceGroup(id, name, "", Optional.empty(), Optional.empty(), StoreJson.emptyObject(),
                Instant.EPOCH, Instant.EPOCH);
    }

    public DeviceGroup withMulticast(Optional<MulticastSession> session) {
        return new DeviceGroup(id, name, description, ownerAccountId, session, settings, created, updated);
    }

    public DeviceGroup withOwner(Optional<Long> owner) {
        return new DeviceGroup(id, name, description, owner, multicast, settings, created, updated);
    }

    public DeviceGroup withSettings(JsonNode newSettings) {
        return new DeviceGroup(id, name, description, ownerAccountId, multicast, newSettings, created, updated);
    }
}
