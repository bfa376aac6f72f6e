// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.time.Instant;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;

/// Which session-log rows to read: one device or all, within `[from, to)`.
public record SessionLogQuery(Optional<Eui64> devEui, Optional<Instant> from, Optional<Instant> to) {

    public static SessionLogQuery all() {
        return new SessionLogQuery(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public SessionLogQuery device(Eui64 eui) {
        return new SessionLogQuery(Optional.of(eui), from, to);
    }

    public SessionLogQuery from(Instant inclusive) {
        return new SessionLogQuery(devEui, Optional.of(inclusive), to);
    }

    public SessionLogQuery to(Instant exclusive) {
        return new SessionLogQuery(devEui, from, Optional.of(exclusive));
    }
}
