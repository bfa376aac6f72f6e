// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/// A profile followed through its links down to the local (root) profile: `links` lists the entry itself and every
/// link after it, outermost first; the effective content is the root content narrowed by each link's restrictions,
/// innermost link first.
record ProfileChain(List<ProfileEntry> links, ProfileEntry root) {
    /// Links of links are allowed (OrbiWAN "link to link to link"); this bounds a corrupt store.
    static final int MAX_DEPTH = 32;

    ProfileChain {
        links = List.copyOf(links);
    }

    /// {@return the chain from `entry`}, or the id of the first missing profile
    static Resolved resolve(ProfileEntry entry, Function<String, Optional<ProfileEntry>> find) {
        List<ProfileEntry> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ProfileEntry at = entry;
        while (at.body() instanceof ProfileEntry.Link link) {
            if (!seen.add(at.id()) || links.size() >= MAX_DEPTH) {
                return new Resolved.Broken(at.id(), "link cycle or chain deeper than " + MAX_DEPTH);
            }
            links.add(at);
            Optional<ProfileEntry> next = find.apply(link.targetId());
            if (next.isEmpty()) {
                return new Resolved.Broken(link.targetId(), "linked profile not found");
            }
            at = next.get();
        }
        return new Resolved.Ok(new ProfileChain(links, at));
    }

    sealed interface Resolved {
        record Ok(ProfileChain chain) implements Resolved {
        }

        record Broken(String id, String reason) implements Resolved {
        }
    }

    ProfileEntry.Local rootBody() {
        return (ProfileEntry.Local) root.body();
    }

    /// {@return the content with every link's restrictions applied}
    JsonNode effectiveContent() {
        JsonNode content = rootBody().content();
        for (int i = links.size() - 1; i >= 0; i--) {
            content = Restrictions.apply(content, ((ProfileEntry.Link) links.get(i).body()).restrictions());
        }
        return content.deepCopy();
    }

    /// {@return whether every link in the chain lets its content be inspected}
    boolean inspectable() {
        return links.stream().allMatch(l -> ((ProfileEntry.Link) l.body()).canBeInspected());
    }

    /// {@return whether `id` is a profile this chain leads through} (excluding the entry itself)
    boolean leadsThrough(String id) {
        return root.id().equals(id) || links.stream().skip(1).anyMatch(l -> l.id().equals(id));
    }
}
