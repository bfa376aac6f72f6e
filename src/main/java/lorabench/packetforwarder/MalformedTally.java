// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.net.SocketAddress;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import lorabench.packetforwarder.MalformedDatagramException.Reason;
import org.slf4j.Logger;

/// Counts malformed datagrams per reason and logs the first of each reason at WARN (later ones at DEBUG), so a
/// misbehaving gateway cannot flood the log.
final class MalformedTally {
    private static final Reason[] REASONS = Reason.values();

    private final Logger log;
    private final String who;
    private final AtomicLongArray counts = new AtomicLongArray(REASONS.length);

    MalformedTally(Logger log, String who) {
        this.log = log;
        this.who = who;
    }

    void record(SocketAddress from, MalformedDatagramException e) {
        long n = counts.incrementAndGet(e.reason().ordinal());
        if (n == 1) {
            log.warn("{}: malformed datagram from {}: {} (further ones of this reason are logged at DEBUG)",
                    who, from, e.getMessage());
        } else if (log.isDebugEnabled()) {
            log.debug("{}: malformed datagram from {}: {}", who, from, e.getMessage());
        }
    }

    Map<Reason, Long> snapshot() {
        Map<Reason, Long> m = new EnumMap<>(Reason.class);
        for (Reason r : REASONS) {
            m.put(r, counts.get(r.ordinal()));
        }
        return m;
    }
}
