// SPDX-License-Identifier: Apache-2.0
package lorabench.server.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import lorabench.store.ProfileKind;
import lorabench.store.ProfileLink;
import lorabench.store.ProfileRepository;

/// Profile documents per account: create, list, get (full or reduced), modify, delete, link, unlink. It follows
/// the OrbiWAN profile model (seed §Profiles): a link shows its target's content, narrowed by restrictions, under
/// its own name; a profile in use by a device (directly or through links) may change only the fields its
/// [ProfileType] allows ([ProfileResult.Locked], HTTP 423); a referenced profile cannot be deleted; a caller
/// without the inspect right, or reading through a link with `canBeInspected` false, sees the reduced content.
/// Rights themselves (who may list, create or link) are checked by the API layer.
public final class ProfileService {
    /// The relation name of a link in the store's `profile_links`.
    public static final String LINK_RELATION = "link";

    private final ProfileRepository repository;
    private final ProfileUsage usage;
    private final Supplier<String> ids;

    public ProfileService(ProfileRepository repository, ProfileUsage usage, Supplier<String> ids) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /// A service that names new profiles with random UUIDs.
    public ProfileService(ProfileRepository repository, ProfileUsage usage) {
        this(repository, usage, () -> UUID.randomUUID().toString());
    }

    /// {@return the stored profile}, as is (links unresolved)
    public Optional<ProfileEntry> find(String id) {
        return repository.find(id).map(ProfileDocuments::fromStore);
    }

    /// {@return the profiles of `kind` owned by `owner`}, in id order
    public List<ProfileEntry> list(ProfileKind kind, long owner) {
        return repository.byOwner(kind, owner).stream().map(ProfileDocuments::fromStore).toList();
    }

    /// {@return the profiles of `kind` that one of `owners` shares with all its users}, in id order
    public List<ProfileEntry> listShared(ProfileKind kind, Collection<Long> owners) {
        List<ProfileEntry> out = new ArrayList<>();
        for (long owner : owners) {
            list(kind, owner).stream().filter(ProfileEntry::sharedWithAllUsers).forEach(out::add);
        }
        return out;
    }

    /// Creates a local profile after validating `draft.content()` against the type's content schema.
    public ProfileResult<ProfileEntry> create(ProfileType type, Optional<Long> owner, ProfileDraft draft) {
        List<Violation> violations = validateDraft(type, draft);
        if (!violations.isEmpty()) {
            return new ProfileResult.Invalid<>(violations);
        }
        ProfileEntry entry = new ProfileEntry(ids.get(), type.kind(), type.schemaType(), draft.name(),
                draft.description(), draft.notes(), draft.sharedWithAllUsers(), owner,
                new ProfileEntry.Local(draft.content(), draft.decoder()), java.time.Instant.EPOCH,
                java.time.Instant.EPOCH);
        return new ProfileResult.Ok<>(save(entry));
    }

    /// Creates a link to `draft.targetId()` (a profile of the same type, possibly itself a link).
    public ProfileResult<ProfileEntry> createLink(ProfileType type, Optional<Long> owner, LinkDraft draft) {
        ProfileEntry entry = new ProfileEntry(ids.get(), type.kind(), type.schemaType(), draft.name(),
                draft.description(), "", draft.sharedWithAllUsers(), owner, linkBody(draft), java.time.Instant.EPOCH,
                java.time.Instant.EPOCH);
        Optional<ProfileResult<ProfileEntry>> refused = checkLink(type, entry, draft);
        if (refused.isPresent()) {
            return refused.get();
        }
        ProfileEntry saved = save(entry);
        repository.link(new ProfileLink(saved.id(), draft.targetId(), LINK_RELATION));
        return new ProfileResult.Ok<>(saved);
    }

    /// {@return the profile as `viewer` may see it}
    public ProfileResult<ProfileView> get(ProfileType type, String id, Viewer viewer) {
        Optional<ProfileEntry> entry = find(id).filter(e -> e.schemaType().equals(type.schemaType()));
        if (entry.isEmpty()) {
            return new ProfileResult.NotFound<>(id);
        }
        return switch (ProfileChain.resolve(entry.get(), this::find)) {
            case ProfileChain.Resolved.Broken(String missing, String reason) -> new ProfileResult.NotFound<>(missing);
            case ProfileChain.Resolved.Ok(ProfileChain chain) -> {
                ProfileEntry e = entry.get();
                boolean visible = viewer.canInspect() && chain.inspectable();
                JsonNode effective = chain.effectiveContent();
                Optional<String> notes = e.owner().equals(viewer.accountId()) ? Optional.of(e.notes())
                        : Optional.empty();
                yield new ProfileResult.Ok<>(visible
                        ? new ProfileView(e, effective, false, chain.rootBody().decoder(), notes)
                        : new ProfileView(e, type.reducedView().apply(effective), true, Optional.empty(), notes));
            }
        };
    }

    /// {@return the effective content of a profile}, resolved through its links, for the server's own use
    public Optional<JsonNode> effectiveContent(String id) {
        return find(id).flatMap(this::chain).map(ProfileChain::effectiveContent);
    }

    /// {@return the effective payload decoder of a profile}, resolved through its links
    public Optional<String> effectiveDecoder(String id) {
        return find(id).flatMap(this::chain).flatMap(c -> c.rootBody().decoder());
    }

    /// Replaces a local profile. When the profile is in use, only the type's changeable fields may differ.
    public ProfileResult<ProfileEntry> modify(ProfileType type, String id, ProfileDraft draft) {
        Optional<ProfileEntry> old = find(id).filter(e -> e.schemaType().equals(type.schemaType()));
        if (old.isEmpty()) {
            return new ProfileResult.NotFound<>(id);
        }
        if (old.get().body() instanceof ProfileEntry.Link) {
            return ProfileResult.Invalid.of("", "profile " + id + " is a link: change the link or unlink it first");
        }
        List<Violation> violations = validateDraft(type, draft);
        if (!violations.isEmpty()) {
            return new ProfileResult.Invalid<>(violations);
        }
        ProfileEntry next = withDraft(old.get(), draft.name(), draft.description(), draft.notes(),
                draft.sharedWithAllUsers(), new ProfileEntry.Local(draft.content(), draft.decoder()));
        return saveUnlessLocked(type, old.get(), next);
    }

    /// Changes a link's name, description, sharing, inspect flag, target or restrictions.
    public ProfileResult<ProfileEntry> modifyLink(ProfileType type, String id, LinkDraft draft) {
        Optional<ProfileEntry> old = find(id).filter(e -> e.schemaType().equals(type.schemaType()));
        if (old.isEmpty()) {
            return new ProfileResult.NotFound<>(id);
        }
        if (!(old.get().body() instanceof ProfileEntry.Link oldLink)) {
            return ProfileResult.Invalid.of("", "profile " + id + " is not a link");
        }
        ProfileEntry next = withDraft(old.get(), draft.name(), draft.description(), old.get().notes(),
                draft.sharedWithAllUsers(), linkBody(draft));
        Optional<ProfileResult<ProfileEntry>> refused = checkLink(type, next, draft);
        if (refused.isPresent()) {
            return refused.get();
        }
        ProfileResult<ProfileEntry> result = saveUnlessLocked(type, old.get(), next);
        if (result instanceof ProfileResult.Ok && !oldLink.targetId().equals(draft.targetId())) {
            repository.unlink(new ProfileLink(id, oldLink.targetId(), LINK_RELATION));
            repository.link(new ProfileLink(id, draft.targetId(), LINK_RELATION));
        }
        return result;
    }

    /// Turns a link into a local profile holding a copy of its effective content and decoder (OrbiWAN
    /// `copy_from_profile_uuid`). `copyFrom` must be a profile the link leads to (normally its target).
    public ProfileResult<ProfileEntry> unlink(ProfileType type, String id, String copyFrom) {
        Optional<ProfileEntry> entry = find(id).filter(e -> e.schemaType().equals(type.schemaType()));
        if (entry.isEmpty()) {
            return new ProfileResult.NotFound<>(id);
        }
        if (!(entry.get().body() instanceof ProfileEntry.Link link)) {
            return ProfileResult.Invalid.of("/copy_from_profile_uuid", "profile " + id + " is not a link");
        }
        Optional<ProfileChain> chain = chain(entry.get());
        if (chain.isEmpty()) {
            return new ProfileResult.NotFound<>(link.targetId());
        }
        if (!chain.get().leadsThrough(copyFrom)) {
            return ProfileResult.Invalid.of("/copy_from_profile_uuid", "profile " + id + " does not link to "
                    + copyFrom);
        }
        if (!chain.get().inspectable()) {
            return new ProfileResult.Refused<>("the link does not allow its content to be inspected");
        }
        ProfileEntry local = entry.get().withBody(new ProfileEntry.Local(chain.get().effectiveContent(),
                chain.get().rootBody().decoder()));
        ProfileEntry saved = save(local);
        repository.unlink(new ProfileLink(id, link.targetId(), LINK_RELATION));
        return new ProfileResult.Ok<>(saved);
    }

    /// Deletes a profile that no device and no link refers to.
    public ProfileResult<ProfileEntry> delete(ProfileType type, String id) {
        Optional<ProfileEntry> entry = find(id).filter(e -> e.schemaType().equals(type.schemaType()));
        if (entry.isEmpty()) {
            return new ProfileResult.NotFound<>(id);
        }
        List<ProfileLink> referrers = repository.linksTo(id);
        if (!referrers.isEmpty()) {
            return new ProfileResult.Locked<>("profile is linked from " + referrers.stream()
                    .map(ProfileLink::fromId).toList(), List.of());
        }
        if (usage.usedByDevice(id)) {
            return new ProfileResult.Locked<>("profile is assigned to a device", List.of());
        }
        repository.delete(id);
        return new ProfileResult.Ok<>(entry.get());
    }

    /// {@return whether a device uses the profile}, directly or through a link to it
    public boolean inUse(String id) {
        return inUse(id, 0);
    }

    private boolean inUse(String id, int depth) {
        if (usage.usedByDevice(id)) {
            return true;
        }
        return depth < ProfileChain.MAX_DEPTH
                && repository.linksTo(id).stream().anyMatch(l -> inUse(l.fromId(), depth + 1));
    }

    private ProfileResult<ProfileEntry> saveUnlessLocked(ProfileType type, ProfileEntry old, ProfileEntry next) {
        if (inUse(old.id())) {
            Optional<ProfileChain> before = chain(old);
            Optional<ProfileChain> after = chain(next);
            if (before.isPresent() && after.isPresent()) {
                List<String> locked = Restrictions.changedFields(before.get().effectiveContent(),
                        after.get().effectiveContent()).stream().filter(f -> !type.changeableInUse().contains(f))
                        .toList();
                if (!locked.isEmpty()) {
                    return new ProfileResult.Locked<>("profile is in use; these fields cannot change", locked);
                }
            }
        }
        return new ProfileResult.Ok<>(save(next));
    }

    private Optional<ProfileResult<ProfileEntry>> checkLink(ProfileType type, ProfileEntry link, LinkDraft draft) {
        Optional<ProfileEntry> target = find(draft.targetId()).filter(t -> t.schemaType().equals(type.schemaType()));
        if (target.isEmpty()) {
            return Optional.of(new ProfileResult.NotFound<>(draft.targetId()));
        }
        List<Violation> violations = type.restrictionSchema()
                .map(s -> SchemaValidator.validate(s, draft.restrictions()))
                .orElseGet(() -> draft.restrictions().isObject() && draft.restrictions().isEmpty() ? List.of()
                        : List.of(new Violation("/restrictions", "links of this profile type carry no restrictions")));
        if (!violations.isEmpty()) {
            return Optional.of(new ProfileResult.Invalid<>(prefix("/restrictions", violations)));
        }
        if (ProfileChain.resolve(link, id -> id.equals(link.id()) ? Optional.of(link) : find(id))
                instanceof ProfileChain.Resolved.Broken(String id, String reason)) {
            return Optional.of(ProfileResult.Invalid.of("/link_to_profile_uuid", reason + ": " + id));
        }
        return Optional.empty();
    }

    private Optional<ProfileChain> chain(ProfileEntry entry) {
        return ProfileChain.resolve(entry, this::find) instanceof ProfileChain.Resolved.Ok(ProfileChain c)
                ? Optional.of(c) : Optional.empty();
    }

    private static List<Violation> validateDraft(ProfileType type, ProfileDraft draft) {
        List<Violation> out = new ArrayList<>();
        if (draft.name().isBlank()) {
            out.add(new Violation("/profile_name", "must not be blank"));
        }
        out.addAll(prefix("/content", SchemaValidator.validate(type.contentSchema(), draft.content())));
        return out;
    }

    private static List<Violation> prefix(String prefix, List<Violation> violations) {
        return violations.stream().map(v -> new Violation(prefix + v.path(), v.message())).toList();
    }

    private static ProfileEntry.Link linkBody(LinkDraft draft) {
        return new ProfileEntry.Link(draft.targetId(), draft.canBeInspected(),
                draft.restrictions().isObject() ? draft.restrictions()
                        : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
    }

    private static ProfileEntry withDraft(ProfileEntry old, String name, String description, String notes,
            boolean shared, ProfileEntry.Body body) {
        return new ProfileEntry(old.id(), old.kind(), old.schemaType(), name, description, notes, shared, old.owner(),
                body, old.created(), old.updated());
    }

    private ProfileEntry save(ProfileEntry entry) {
        return ProfileDocuments.fromStore(repository.save(ProfileDocuments.toStore(entry)));
    }
}
