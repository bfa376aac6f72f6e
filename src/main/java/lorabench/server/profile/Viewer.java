// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import java.util.Objects;
import java.util.Optional;

/// Who reads a profile: the account (empty for the local operator) and whether it holds the right to inspect
/// profile content (OrbiWAN `can_inspect_xx_profiles`).
public record Viewer(Optional<Long> accountId, boolean canInspect) {
    public Viewer {
        Objects.requireNonNull(accountId, "accountId");
    }

    /// {@return the local operator}, who owns unowned profiles and may inspect everything
    public static Viewer operator() {
        return new Viewer(Optional.empty(), true);
    }
}
