// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;

/// A gateway known to the server: identity, owner, position, last contact, cumulative statistics and vendor
/// `attributes` (a JSON object, e.g. the last `stat` message).
public record Gateway(Eui64 eui, String name, Optional<Long> ownerAccountId, Optional<Position> position,
        Optional<Instant> lastSeen, GatewayStats stats, JsonNode attributes, Instant created, Instant updated) {

    public Gateway {
        Objects.requireNonNull(eui, "eui");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ownerAccountId, "ownerAccountId");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    /// {@return a draft gateway} never seen yet
    public static Gateway of(Eui64 eui, String name) {
        return new Gateway(eui, name, Optional.empty(), Optional.empty(), Optional.empty(), GatewayStats.ZERO,
                StoreJson.emptyObject(), Instant.EPOCH, Instant.EPOCH);
    }

    public Gateway withPosition(Optional<Position> newPosition) {
        return new Gateway(eui, name, ownerAccountId, newPosition, lastSeen, stats, attributes, created, updated);
    }

    public Gateway withOwner(Optional<Long> owner) {
        return new Gateway(eui, name, owner, position, lastSeen, stats, attributes, created, updated);
    }

    /// {@return whether the gateway was heard within `timeout` before `now`}
    public boolean isOnline(Instant now, Duration timeout) {
        return lastSeen.map(t -> !t.isBefore(now.minus(timeout))).orElse(false);
    }
}
