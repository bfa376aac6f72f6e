// SPDX-License-Identifier: Apache-2.0
package lorabench.server.account;

import java.util.Objects;
import java.util.Optional;

/// The administrator account after [Credentials#ensureAdmin]: its name, its password when known (generated now,
/// given, or read back from `credentials.json`) and how it came about. The caller prints the password only when it
/// was [Origin#GENERATED].
public record AdminAccount(String username, Optional<String> password, Origin origin) {
    /// How the administrator's password was set.
    public enum Origin {
        /// Created now with a generated password: print it once.
        GENERATED,
        /// Set from `--admin-password`.
        GIVEN,
        /// Existed already and was left unchanged.
        EXISTING
    }

    public AdminAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public String toString() {
        return "AdminAccount[" + username + ", " + origin + "]";
    }
}
