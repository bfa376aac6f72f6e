// SPDX-License-Identifier: Apache-2.0
package lorabench.server.downlink;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import lorabench.lorawan.types.Eui64;
import lorabench.server.event.Reception;

/// Maps server time to each gateway's concentrator counter `tmst` (Semtech PROTOCOL.TXT §4: µs, unsigned 32-bit,
/// wrapping every 2^32 µs ≈ 71.6 min), so a downlink due at a known instant — a class B ping slot — can be timed on
/// `tmst` like a class A window. Each uplink a gateway forwards gives a reference pair (its `tmst`, the server time it
/// was received); the newest pair is kept.
///
/// NOTE: the reference includes the gateway-to-server latency of that uplink (on loopback or the in-memory hub, well
/// under a millisecond) and the concentrator crystal drifts (±20 ppm: 12 ms in 10 min); a reference older than
/// `maxAge` is not used.
public final class GatewayClocks {
    /// How old a reference may be before it is no longer trusted.
    public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(10);

    private final ConcurrentHashMap<Eui64, Reference> references = new ConcurrentHashMap<>();
    private final Duration maxAge;

    public GatewayClocks(Duration maxAge) {
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    }

    /// One (concentrator time, server time) pair of a gateway.
    public record Reference(long tmst, Instant at) {
        public Reference {
            Objects.requireNonNull(at, "at");
            if (tmst < 0 || tmst > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("tmst must be an unsigned 32-bit value, got " + tmst);
            }
        }

        /// {@return the concentrator time of server instant `t`}: tmst + (t − at) in µs, modulo 2^32
        public long tmstAt(Instant t) {
            long micros = Math.floorDiv(Duration.between(at, t).toNanos(), 1000L);
            return (tmst + micros) & 0xFFFF_FFFFL;
        }
    }

    /// Records the reference pair of one gateway's copy of an uplink.
    public void observe(Reception r) {
        Reference fresh = new Reference(r.tmst(), r.receivedAt());
        references.merge(r.gateway(), fresh, (old, nu) -> nu.at().isBefore(old.at()) ? old : nu);
    }

    /// {@return the gateway's latest reference}
    public Optional<Reference> reference(Eui64 gateway) {
        return Optional.ofNullable(references.get(gateway));
    }

    /// {@return the gateway's `tmst` at instant `t`}, empty when it has no reference younger than the maximum age at
    /// `now`
    public OptionalLong tmstAt(Eui64 gateway, Instant t, Instant now) {
        Reference r = references.get(gateway);
        if (r == null || Duration.between(r.at(), now).compareTo(maxAge) > 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(r.tmstAt(t));
    }
}
