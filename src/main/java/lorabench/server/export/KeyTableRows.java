// SPDX-License-Identifier: Apache-2.0
package lorabench.server.export;

import java.util.List;
import java.util.Objects;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;

/// The keys a Wireshark key table holds: the session keys of active sessions and the root keys of OTAA devices.
public record KeyTableRows(List<Session> sessions, List<Root> roots) {
    public KeyTableRows {
        sessions = List.copyOf(sessions);
        roots = List.copyOf(roots);
    }

    /// A session: Wireshark checks the 1.0 MIC with `nwkSKey` (FNwkSIntKey in 1.1) and decrypts FRMPayload with
    /// `appSKey`.
    public record Session(DevAddr devAddr, AesKey nwkSKey, AesKey appSKey) {
        public Session {
            Objects.requireNonNull(devAddr, "devAddr");
            Objects.requireNonNull(nwkSKey, "nwkSKey");
            Objects.requireNonNull(appSKey, "appSKey");
        }
    }

    /// An OTAA device's root key for the join-request MIC: AppKey in 1.0, NwkKey in 1.1 (L2 1.1 §6.2.2).
    public record Root(Eui64 devEui, Eui64 joinEui, AesKey key) {
        public Root {
            Objects.requireNonNull(devEui, "devEui");
            Objects.requireNonNull(joinEui, "joinEui");
            Objects.requireNonNull(key, "key");
        }
    }
}
