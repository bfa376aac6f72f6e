// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise;

import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;
import lorabench.store.Account;

/// Who may see a device in the OrbiWAN API: its owning user account and the application sub-accounts of that user
/// whose id is in the device's `applications` list (seed §Application Sub-Accounts). Push mode uses it to decide
/// where a device's events go.
public interface OwAccounts {
    /// {@return the user account that owns the device}, empty for an unknown or unowned device
    Optional<Account> owner(Eui64 devEui);

    /// {@return the owner's application sub-accounts the device is assigned to}
    List<Account> applications(Eui64 devEui);
}
