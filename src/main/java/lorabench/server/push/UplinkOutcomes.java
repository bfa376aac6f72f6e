// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lorabench.store.PushStatus;

/// What each push target answered for each recent stored uplink, so that the uplink's single stored
/// [PushStatus] can be decided once every target answered, and a repush with "failed only" can skip targets that
/// already acknowledged. Bounded: the oldest uplinks are forgotten first (a forgotten uplink falls back to its
/// stored status).
final class UplinkOutcomes {
    private final int capacity;
    private final LinkedHashMap<Long, Entry> entries = new LinkedHashMap<>();

    /// `live`: made by [#expect] for a live push, so no target had answered this uplink before (in any process: the
    /// uplink was just received)
    private record Entry(Set<Long> expected, Map<Long, PushDelivery.Outcome> answers, boolean live) {}

    /// What [#record] learnt: the uplink's status once every expected target has answered, and whether this was the
    /// target's first answer for a live-pushed uplink (none is stored yet).
    record Recorded(Optional<PushStatus> status, boolean first) {}

    UplinkOutcomes(int capacity) {
        this.capacity = capacity;
    }

    /// Notes that `targets` are being sent uplink `uplinkId`.
    synchronized void expect(long uplinkId, Set<Long> targets) {
        Entry e = entries.get(uplinkId);
        if (e == null) {
            if (entries.size() >= capacity) {
                entries.pollFirstEntry();
            }
            entries.put(uplinkId, new Entry(new java.util.HashSet<>(targets), new java.util.HashMap<>(), true));
        } else {
            e.expected().addAll(targets);
        }
    }

    /// Records `target`'s answer. {@return the uplink's status} once every expected target has answered, and
    /// whether the answer is the target's first for a live-pushed uplink
    synchronized Recorded record(long uplinkId, long target, PushDelivery.Outcome outcome) {
        Entry e = entries.get(uplinkId);
        if (e == null) {
            e = new Entry(new java.util.HashSet<>(Set.of(target)), new java.util.HashMap<>(), false);
            entries.put(uplinkId, e);
        }
        boolean answeredBefore = e.answers().put(target, outcome) != null;
        boolean first = e.live() && !answeredBefore;
        if (!e.answers().keySet().containsAll(e.expected())) {
            return new Recorded(Optional.empty(), first);
        }
        return new Recorded(Optional.of(aggregate(e.answers().values())), first);
    }

    /// {@return whether `target` acknowledged the uplink} (answered 200 or 202); empty when not known
    synchronized Optional<Boolean> acknowledged(long uplinkId, long target) {
        Entry e = entries.get(uplinkId);
        if (e == null || !e.answers().containsKey(target)) {
            return Optional.empty();
        }
        return Optional.of(e.answers().get(target) != PushDelivery.Outcome.FAILED);
    }

    /// Any failure keeps the payload as FAILED; all 200 is DELIVERED; otherwise (some 202) the payload is left to the
    /// pull interface as if no push target existed (NONE).
    static PushStatus aggregate(Iterable<PushDelivery.Outcome> outcomes) {
        boolean allTaken = true;
        for (PushDelivery.Outcome o : outcomes) {
            if (o == PushDelivery.Outcome.FAILED) {
                return PushStatus.FAILED;
            }
            allTaken &= o == PushDelivery.Outcome.TAKEN;
        }
        return allTaken ? PushStatus.DELIVERED : PushStatus.NONE;
    }
}
