// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.util.Optional;
import lorabench.lorawan.types.AesKey;

/// Where a template's root or session keys come from.
public sealed interface KeySource {
    /// Every device draws its own keys from its seeded random source, so the same seed gives the same keys.
    record Generate() implements KeySource {}

    /// The same keys for every device of the template (OTAA: `appKey`, and `nwkKey` for 1.1; ABP 1.0: `nwkSKey`,
    /// `appSKey`; ABP 1.1: `fNwkSIntKey`, `sNwkSIntKey`, `nwkSEncKey`, `appSKey`).
    record Fixed(Optional<AesKey> appKey, Optional<AesKey> nwkKey, Optional<AesKey> nwkSKey,
                 Optional<AesKey> appSKey, Optional<AesKey> fNwkSIntKey, Optional<AesKey> sNwkSIntKey,
                 Optional<AesKey> nwkSEncKey) implements KeySource {}
}
