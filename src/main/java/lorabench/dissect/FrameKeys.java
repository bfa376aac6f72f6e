// SPDX-License-Identifier: Apache-2.0
package lorabench.dissect;

import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.AesKey;

/// The keys a user holds for a frame, any of which may be missing (LoRaWAN L2 1.0.4 §6.1, L2 1.1 §6.1).
///
/// Root keys: `appKey` (1.0 join, 1.1 AppSKey root), `nwkKey` (1.1 join). Session keys: `nwkSKey`, `appSKey` (1.0),
/// `fNwkSIntKey`, `sNwkSIntKey`, `nwkSEncKey` (1.1). `jsIntKey` overrides the JSIntKey otherwise derived from NwkKey
/// and DevEUI (published test vectors give it directly).
public record FrameKeys(Optional<AesKey> appKey, Optional<AesKey> nwkKey, Optional<AesKey> nwkSKey,
        Optional<AesKey> appSKey, Optional<AesKey> fNwkSIntKey, Optional<AesKey> sNwkSIntKey,
        Optional<AesKey> nwkSEncKey, Optional<AesKey> jsIntKey) {
    public static final FrameKeys NONE = new FrameKeys(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public FrameKeys {
        Objects.requireNonNull(appKey, "appKey");
        Objects.requireNonNull(nwkKey, "nwkKey");
        Objects.requireNonNull(nwkSKey, "nwkSKey");
        Objects.requireNonNull(appSKey, "appSKey");
        Objects.requireNonNull(fNwkSIntKey, "fNwkSIntKey");
        Objects.requireNonNull(sNwkSIntKey, "sNwkSIntKey");
        Objects.requireNonNull(nwkSEncKey, "nwkSEncKey");
        Objects.requireNonNull(jsIntKey, "jsIntKey");
    }

    /// {@return the keys of a 1.0 session}
    public static FrameKeys session10(AesKey nwkSKey, AesKey appSKey) {
        return new FrameKeys(Optional.empty(), Optional.empty(), Optional.of(nwkSKey), Optional.of(appSKey),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /// {@return the keys of a 1.1 session}
    public static FrameKeys session11(AesKey fNwkSIntKey, AesKey sNwkSIntKey, AesKey nwkSEncKey, AesKey appSKey) {
        return new FrameKeys(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(appSKey),
                Optional.of(fNwkSIntKey), Optional.of(sNwkSIntKey), Optional.of(nwkSEncKey), Optional.empty());
    }
}
