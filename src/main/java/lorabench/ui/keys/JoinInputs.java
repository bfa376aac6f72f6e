// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.NetId;

/// What is known about one join, to prefill the keys lab (e.g. from a join-request and join-accept selected in
/// Live frames). Every part is optional; absent parts leave the lab's field as it is.
public record JoinInputs(Optional<KeyVersion> version, Optional<AesKey> appKey, Optional<AesKey> nwkKey,
        Optional<JoinNonce> joinNonce, Optional<NetId> netId, Optional<DevNonce> devNonce, Optional<Eui64> joinEui,
        Optional<Eui64> devEui) {
    public static final JoinInputs NONE = new JoinInputs(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public JoinInputs {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(appKey, "appKey");
        Objects.requireNonNull(nwkKey, "nwkKey");
        Objects.requireNonNull(joinNonce, "joinNonce");
        Objects.requireNonNull(netId, "netId");
        Objects.requireNonNull(devNonce, "devNonce");
        Objects.requireNonNull(joinEui, "joinEui");
        Objects.requireNonNull(devEui, "devEui");
    }

    /// {@return the parts a join-request carries}
    public static JoinInputs fromJoinRequest(Eui64 joinEui, Eui64 devEui, DevNonce devNonce) {
        return new JoinInputs(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(devNonce), Optional.of(joinEui), Optional.of(devEui));
    }

    /// {@return these inputs completed by the parts of `other` that these lack}
    public JoinInputs or(JoinInputs other) {
        return new JoinInputs(version.or(other::version), appKey.or(other::appKey), nwkKey.or(other::nwkKey),
                joinNonce.or(other::joinNonce), netId.or(other::netId), devNonce.or(other::devNonce),
                joinEui.or(other::joinEui), devEui.or(other::devEui));
    }

    public JoinInputs withVersion(KeyVersion v) {
        return new JoinInputs(Optional.of(v), appKey, nwkKey, joinNonce, netId, devNonce, joinEui, devEui);
    }

    public JoinInputs withAppKey(AesKey k) {
        return new JoinInputs(version, Optional.of(k), nwkKey, joinNonce, netId, devNonce, joinEui, devEui);
    }

    public JoinInputs withNwkKey(AesKey k) {
        return new JoinInputs(version, appKey, Optional.of(k), joinNonce, netId, devNonce, joinEui, devEui);
    }

    public JoinInputs withJoinNonce(JoinNonce n) {
        return new JoinInputs(version, appKey, nwkKey, Optional.of(n), netId, devNonce, joinEui, devEui);
    }

    public JoinInputs withNetId(NetId n) {
        return new JoinInputs(version, appKey, nwkKey, joinNonce, Optional.of(n), devNonce, joinEui, devEui);
    }
}
