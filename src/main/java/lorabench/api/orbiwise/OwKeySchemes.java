// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise;

import lorabench.store.Device;
import lorabench.store.SessionKeys;

/// Who encrypts a device's payloads under OrbiWAN's key schemes (seed §Register device, key-scheme table): the
/// network when it holds the AppSKey (AppKey registered, or ABP with `appskey`), the application otherwise (OTAA
/// without AppKey: 1.0.x, whose join the application answers, and 1.1.x, joined with NwkKey; ABP without
/// `appskey`). Then uplinks are delivered as on air (`decrypted: false`, no payload decoder), and downlinks are
/// taken as already encrypted, so their `fcnt` is mandatory (seed L1114).
public final class OwKeySchemes {
    private OwKeySchemes() {}

    /// {@return whether the application, not the network, encrypts and decrypts `d`'s payloads}
    public static boolean applicationEncrypts(Device d) {
        return d.activation() == lorabench.store.Activation.OTAA ? d.appKey().isEmpty()
                : d.abpKeys().map(SessionKeys::appSKeyHeldByApplication).orElse(false);
    }
}
