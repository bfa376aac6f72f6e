// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lorabench.server.profile.LinkDraft;
import lorabench.server.profile.ProfileDraft;
import lorabench.server.profile.Violation;

/// A parsed body of `POST /rest/xx-profiles` or `PUT /rest/xx-profiles/{uuid}` (seed §Profiles): a local profile,
/// a link (`link_to_profile_uuid`) or an unlink (`copy_from_profile_uuid`), or the violations that make it a 400.
public sealed interface OwProfileRequest {

    /// Create or replace a local profile.
    record Local(ProfileDraft draft) implements OwProfileRequest {
        public Local {
            Objects.requireNonNull(draft, "draft");
        }
    }

    /// Create or change a link; `userid` is the administrator's target user, when given.
    record Link(LinkDraft draft, Optional<String> userid) implements OwProfileRequest {
        public Link {
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(userid, "userid");
        }
    }

    /// Turn a link into a local copy of `copyFrom`'s content.
    record Unlink(String copyFrom) implements OwProfileRequest {
        public Unlink {
            Objects.requireNonNull(copyFrom, "copyFrom");
        }
    }

    /// The body breaks its schema.
    record Rejected(List<Violation> violations) implements OwProfileRequest {
        public Rejected {
            violations = List.copyOf(violations);
        }

        /// {@return the text of a 400 answer}, one violation per line
        public String text() {
            return String.join("\n", violations.stream().map(Violation::toString).toList());
        }
    }
}
