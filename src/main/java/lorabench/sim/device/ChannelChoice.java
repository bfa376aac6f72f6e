// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import lorabench.lorawan.band.Band;

/// Picks the channel of a transmission: at random among the enabled channels allowing the data rate whose sub-band
/// is free now (L2 1.0.4 §4.1: "pseudo-random channel hopping"); when none is free, the time the first one frees.
final class ChannelChoice {
    /// A channel index and when it can be used (now, or the earliest time any usable channel frees).
    record Choice(int index, long frequencyHz, Instant at) {}

    private ChannelChoice() {
    }

    static java.util.Optional<Choice> pick(MacSession s, Band band, int dr, Instant now, RandomGenerator random) {
        List<Integer> candidates = s.enabledChannelsFor(dr);
        if (candidates.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Integer> free = new ArrayList<>();
        Choice earliest = null;
        for (int i : candidates) {
            long f = s.channels.get(i).frequencyHz();
            Instant at = DutyCycle.availableAt(s, band, f, now);
            if (!at.isAfter(now)) {
                free.add(i);
            } else if (earliest == null || at.isBefore(earliest.at())) {
                earliest = new Choice(i, f, at);
            }
        }
        if (!free.isEmpty()) {
            int i = free.get(random.nextInt(free.size()));
            return java.util.Optional.of(new Choice(i, s.channels.get(i).frequencyHz(), now));
        }
        return java.util.Optional.of(earliest);
    }
}
