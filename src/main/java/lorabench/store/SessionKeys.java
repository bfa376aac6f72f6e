// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.AesKey;

/// The session keys of a device: the three network keys of LoRaWAN 1.1 (L2 1.1 §6.1.2) and AppSKey.
///
/// A 1.0 session has a single NwkSKey: [#of10(AesKey, AesKey)] puts it in all three network slots, which is exactly
/// how a 1.1 device joined through a 1.0 network uses it (L2 1.1 §6.2.3, OptNeg unset), so one shape serves both.
///
/// `appSKey` is empty when the application holds it (OrbiWAN key schemes "OTAA without AppKey" and "ABP without
/// AppSKey", decision 0011): the network then passes FRMPayloads on ports 1..223 through as they are on air, and
/// takes the application's downlink payloads as already encrypted.
public record SessionKeys(AesKey fNwkSIntKey, AesKey sNwkSIntKey, AesKey nwkSEncKey, Optional<AesKey> appSKey) {
    public SessionKeys {
        Objects.requireNonNull(fNwkSIntKey, "fNwkSIntKey");
        Objects.requireNonNull(sNwkSIntKey, "sNwkSIntKey");
        Objects.requireNonNull(nwkSEncKey, "nwkSEncKey");
        Objects.requireNonNull(appSKey, "appSKey");
    }

    /// {@return the keys of a session} whose AppSKey the network holds
    public SessionKeys(AesKey fNwkSIntKey, AesKey sNwkSIntKey, AesKey nwkSEncKey, AesKey appSKey) {
        this(fNwkSIntKey, sNwkSIntKey, nwkSEncKey, Optional.of(appSKey));
    }

    /// {@return the keys of a LoRaWAN 1.0 session}
    public static SessionKeys of10(AesKey nwkSKey, AesKey appSKey) {
        return new SessionKeys(nwkSKey, nwkSKey, nwkSKey, Optional.of(appSKey));
    }

    /// {@return the keys of a LoRaWAN 1.0 session} whose AppSKey, when empty, only the application knows
    public static SessionKeys of10(AesKey nwkSKey, Optional<AesKey> appSKey) {
        return new SessionKeys(nwkSKey, nwkSKey, nwkSKey, appSKey);
    }

    /// {@return the 1.0 NwkSKey}: the same key as FNwkSIntKey
    public AesKey nwkSKey() {
        return fNwkSIntKey;
    }

    /// {@return whether the application, not the network, holds the AppSKey}
    public boolean appSKeyHeldByApplication() {
        return appSKey.isEmpty();
    }
}
