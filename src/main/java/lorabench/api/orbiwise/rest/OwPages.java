// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/// Paged reads of OrbiWAN lists (seed §Get list of devices, paging options): `limit`, `get_pages=true` (the page
/// states of every page), `page_state` (a page), `paged_results=true` (`{"results", "next_page_state"}`; a bare
/// array otherwise). Page states are opaque tokens held in memory for the configured TTL, then answer 410.
/// A sort that cannot page directly needs a page state (416 "Page state reqired") and is refused above the
/// configured size (413) — AMB-OW-12.
final class OwPages {
    /// The default page size of `get_pages` and `paged_results` without `limit`.
    static final int DEFAULT_PAGE = 2000;
    static final java.util.Set<String> PARAMS = java.util.Set.of("limit", "get_pages", "page_state",
            "paged_results");

    private record State(int offset, int limit, Instant created) {}

    private final InstantSource clock;
    private final Duration ttl;
    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

    OwPages(InstantSource clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /// {@return the answer for `items`} (already filtered and sorted) under the request's paging options
    /// @param needsState the sort cannot be read page by page without a page state
    /// @param maxSorted  the largest list such a sort may cover
    <T> JsonNode answer(OwRequest r, List<T> items, Function<T, JsonNode> view, boolean needsState, int maxSorted) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        boolean paged = r.bool("paged_results", false);
        if (r.number("limit").filter(l -> l < 1).isPresent()) {
            throw OwError.badRequest("limit must be at least 1, got " + r.number("limit").get());
        }
        // a query error is a 400 whatever the size; then the size, whether a page state is given or asked for
        if (needsState && items.size() > maxSorted) {
            throw new OwError(413, "Too big query", "Too big query: the sort covers " + items.size()
                    + " devices, more than " + maxSorted + "; filter more, do not sort, or sort by DevEUI");
        }
        int limit = r.number("limit").map(l -> (int) Math.min(l, Integer.MAX_VALUE))
                .orElse(paged || r.bool("get_pages", false) ? DEFAULT_PAGE : Math.max(1, items.size()));
        if (r.bool("get_pages", false)) {
            ObjectNode out = f.objectNode();
            out.put("total", items.size());
            out.put("per_page", limit);
            ArrayNode pages = out.putArray("pages");
            for (int off = 0; off < items.size() || off == 0; off += limit) {
                pages.addObject().put("page_state", token(off, limit));
                if (items.isEmpty()) {
                    break;
                }
            }
            return out;
        }
        int offset = 0;
        if (r.str("page_state").isPresent()) {
            State s = states.get(r.str("page_state").get());
            if (s == null || !clock.instant().isBefore(s.created().plus(ttl))) {
                throw new OwError(410, "Gone", "the page state has expired or is unknown");
            }
            offset = s.offset();
            limit = s.limit();
        } else if (needsState) {
            throw new OwError(416, "Page state reqired", "Page state reqired: get the page states with get_pages=true");
        }
        List<T> slice = items.subList(Math.min(offset, items.size()), Math.min(items.size(), offset + limit));
        ArrayNode results = f.arrayNode();
        slice.forEach(i -> results.add(view.apply(i)));
        if (!paged) {
            return results;
        }
        ObjectNode out = f.objectNode();
        out.set("results", results);
        if (offset + limit < items.size()) {
            out.put("next_page_state", token(offset + limit, limit));
        }
        return out;
    }

    private String token(int offset, int limit) {
        Instant now = clock.instant();
        states.values().removeIf(s -> !now.isBefore(s.created().plus(ttl)));
        String t = UUID.randomUUID().toString().replace("-", "");
        states.put(t, new State(offset, limit, now));
        return t;
    }
}
