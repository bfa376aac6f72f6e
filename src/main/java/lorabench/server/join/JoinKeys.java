// SPDX-License-Identifier: Apache-2.0
package lorabench.server.join;

import java.util.Optional;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.NetId;
import lorabench.store.Device;

/// The session keys the network derives for a join-accept it builds (L2 1.0.4 §6.2.5; L2 1.1 §6.2.3 with OptNeg
/// set). A 1.1 device whose AppKey only the application holds gets the network keys alone (the application derives
/// AppSKey from the `join` notification, seed 004 L600).
final class JoinKeys {
    private JoinKeys() {}

    /// @param devNonce the DevNonce, or a rejoin-request's RJcount
    static lorabench.store.SessionKeys of(Device d, JoinNonce joinNonce, NetId netId, Eui64 joinEui,
            DevNonce devNonce) {
        if (!d.macVersion().is11()) {
            var k = SessionKeys.derive10(d.appKey().orElseThrow(), joinNonce, netId, devNonce);
            return lorabench.store.SessionKeys.of10(k.nwkSKey(), k.appSKey());
        }
        var n = SessionKeys.deriveNetwork11(d.nwkKey().orElseThrow(), joinNonce, joinEui, devNonce);
        Optional<lorabench.lorawan.types.AesKey> appSKey = d.appKey().map(appKey ->
                SessionKeys.derive11(appKey, d.nwkKey().orElseThrow(), joinNonce, joinEui, devNonce).appSKey());
        return new lorabench.store.SessionKeys(n.fNwkSIntKey(), n.sNwkSIntKey(), n.nwkSEncKey(), appSKey);
    }
}
