// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.gateway;

import java.time.Duration;
import java.time.Instant;

/// The concentrator's free-running microsecond counter (`tmst`, `PROTOCOL.TXT` §4): unsigned 32 bits, counting from
/// the gateway's start, wrapping every 71.6 minutes.
public record ConcentratorClock(Instant boot) {
    static final long WRAP = 1L << 32;

    /// {@return the counter value at `at`}
    public long tmst(Instant at) {
        Duration d = Duration.between(boot, at);
        long micros = d.getSeconds() * 1_000_000L + d.getNano() / 1_000;
        return Math.floorMod(micros, WRAP);
    }

    /// {@return the signed distance in µs from `now` to counter value `tmst`}, assuming it lies within half a wrap
    public long microsUntil(long tmst, Instant now) {
        long d = Math.floorMod(tmst - tmst(now), WRAP);
        return d >= WRAP / 2 ? d - WRAP : d;
    }
}
