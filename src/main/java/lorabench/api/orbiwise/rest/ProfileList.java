// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import lorabench.server.profile.ProfileEntry;

/// The query options of the profile lists `GET /rest/device-profiles` and `GET /rest/service-profiles` (seed §List
/// device profiles, OW-O-03/OW-P-02): `search_name` and `search_description` (case-insensitive, wildcards at both
/// ends), `search_linked` and `search_shared` (true/false), `sort_by_name`, `sort_by_uuid`, `sort_by_description`
/// (asc/desc); paging as for devices ([OwPages]). A bad value is 400.
final class ProfileList {
    static final Set<String> PARAMS = OwRequest.params(List.of(OwPages.PARAMS, Set.of("get_schema",
            "get_link_schema", "search_name", "search_description", "search_linked", "search_shared",
            "sort_by_name", "sort_by_uuid", "sort_by_description", "source_userid")));

    private ProfileList() {}

    /// {@return the entries of `all` the request's filters keep}, in the requested order (name, then UUID, when
    /// no sort is given)
    static List<ProfileEntry> select(OwRequest r, List<ProfileEntry> all) {
        Optional<String> name = r.str("search_name").map(s -> s.toLowerCase(Locale.ROOT));
        Optional<String> description = r.str("search_description").map(s -> s.toLowerCase(Locale.ROOT));
        Optional<Boolean> linked = r.str("search_linked").map(v -> r.bool("search_linked", false));
        Optional<Boolean> shared = r.str("search_shared").map(v -> r.bool("search_shared", false));
        Comparator<ProfileEntry> order = sort(r, "sort_by_name", ProfileEntry::name)
                .or(() -> sort(r, "sort_by_uuid", ProfileEntry::id))
                .or(() -> sort(r, "sort_by_description", ProfileEntry::description))
                .orElse(Comparator.comparing(ProfileEntry::name).thenComparing(ProfileEntry::id));
        return all.stream()
                .filter(p -> name.map(n -> p.name().toLowerCase(Locale.ROOT).contains(n)).orElse(true))
                .filter(p -> description.map(d -> p.description().toLowerCase(Locale.ROOT).contains(d)).orElse(true))
                .filter(p -> linked.map(l -> p.linkTarget().isPresent() == l).orElse(true))
                .filter(p -> shared.map(x -> p.sharedWithAllUsers() == x).orElse(true))
                .sorted(order).toList();
    }

    private static Optional<Comparator<ProfileEntry>> sort(OwRequest r, String option,
            Function<ProfileEntry, String> key) {
        return r.ascending(option).map(asc -> {
            Comparator<ProfileEntry> c = Comparator.comparing(key).thenComparing(ProfileEntry::id);
            return asc ? c : c.reversed();
        });
    }
}
