// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lorabench.lorawan.types.Eui64;

/// The last reception per (gateway, device) pair, bounded: when more than `capacity` pairs are known, the pair
/// heard longest ago is forgotten. Not thread-safe (the view model uses it on the FX thread).
final class LinkTable {
    private record Key(Eui64 gateway, Eui64 devEui) {}

    private final int capacity;
    /// Insertion order is reception order: a newer sample moves its pair to the end.
    private final LinkedHashMap<Key, LinkSample> links = new LinkedHashMap<>();

    LinkTable(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        }
        this.capacity = capacity;
    }

    /// Records `s` unless a newer sample of the same pair is known. {@return whether it was recorded}
    boolean record(LinkSample s) {
        Key key = new Key(s.gateway(), s.devEui());
        LinkSample known = links.get(key);
        if (known != null && known.at().isAfter(s.at())) {
            return false;
        }
        links.remove(key);
        links.put(key, s);
        while (links.size() > capacity) {
            links.pollFirstEntry();
        }
        return true;
    }

    void recordAll(Collection<LinkSample> samples) {
        samples.forEach(this::record);
    }

    /// {@return every known pair's last sample, newest first}
    List<LinkSample> newestFirst() {
        List<LinkSample> out = new ArrayList<>(links.values());
        out.sort((a, b) -> b.at().compareTo(a.at()));
        return out;
    }

    int size() {
        return links.size();
    }

    Map<Eui64, List<LinkSample>> byGateway() {
        Map<Eui64, List<LinkSample>> out = new LinkedHashMap<>();
        for (LinkSample s : links.values()) {
            out.computeIfAbsent(s.gateway(), k -> new ArrayList<>()).add(s);
        }
        return out;
    }
}
