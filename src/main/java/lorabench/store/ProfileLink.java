// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.util.Objects;

/// A named link from one profile to another, e.g. a service profile `uses` a connectivity profile.
public record ProfileLink(String fromId, String toId, String relation) {
    public ProfileLink {
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        Objects.requireNonNull(relation, "relation");
        if (relation.isBlank() || relation.length() > 64) {
            throw new IllegalArgumentException("relation must be 1..64 characters");
        }
    }
}
