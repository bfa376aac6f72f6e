// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lorabench.api.orbiwise.profile.OwProfileKind;
import lorabench.api.orbiwise.profile.OwProfileRequest;
import lorabench.server.profile.ProfileEntry;
import lorabench.server.profile.ProfileResult;
import lorabench.server.profile.ProfileType;
import lorabench.server.profile.Viewer;
import lorabench.store.Account;

/// Device and service profiles (seed §Profiles): `GET /rest/xx-profiles` (also `get_schema=true`,
/// `get_link_schema=true`), `GET|PUT|DELETE /rest/xx-profiles/{uuid}`, `POST /rest/xx-profiles` (and the printed
/// singular `/rest/xx-profile`, AMB-OW-39), over [lorabench.server.profile.ProfileService]. Rights
/// `can_list|inspect|create|link_xx_profiles`; refusals map 404 / 400 / 403 / 423 (profile locked).
final class ProfileRoutes {
    private final OwServices s;

    ProfileRoutes(OwServices s) {
        this.s = s;
    }

    void register(RoutesConfig r) {
        for (OwProfileKind k : OwProfileKind.values()) {
            String base = "/rest/" + k.xx() + "-profiles";
            r.get(base, ctx -> list(ctx, k));
            r.post(base, ctx -> create(ctx, k));
            r.post("/rest/" + k.xx() + "-profile", ctx -> create(ctx, k));
            r.get(base + "/{uuid}", ctx -> get(ctx, k));
            r.put(base + "/{uuid}", ctx -> modify(ctx, k));
            r.delete(base + "/{uuid}", ctx -> delete(ctx, k));
        }
    }

    private static String right(String verb, OwProfileKind k) {
        return "can_" + verb + "_" + k.xx() + "_profiles";
    }

    /// The profile members that may change alone (OW-O-05).
    private static final Set<String> ENVELOPE = Set.of("profile_name", "description", "notes",
            "shared_with_all_users");

    private void list(Context ctx, OwProfileKind k) {
        OwRequest r = OwRequest.of(ctx, ProfileList.PARAMS);
        if (r.bool("get_schema", false)) {
            OwReply.json(ctx, s.profileTypes().schemas().schemaJson(k));
            return;
        }
        if (r.bool("get_link_schema", false)) {
            OwReply.json(ctx, s.profileTypes().schemas().linkSchemaJson(k));
            return;
        }
        Account a = r.account();
        OwAccountView.require(a, right("list", k));
        long owner = OwAccountView.ownerId(a);
        List<ProfileEntry> all = new ArrayList<>(s.profiles().list(k.kind(), owner));
        List<Long> sharers = new ArrayList<>();
        s.accounts().find(owner).flatMap(Account::parentId).ifPresent(sharers::add);
        s.profiles().listShared(k.kind(), sharers).stream().filter(p -> !all.contains(p)).forEach(all::add);
        OwReply.json(ctx, s.pages().answer(r, ProfileList.select(r, all), s.profileJson()::listItem, false,
                Integer.MAX_VALUE));
    }

    private boolean visible(Account a, ProfileEntry p) {
        long owner = OwAccountView.ownerId(a);
        return OwAccountView.isAdmin(a) || p.owner().isEmpty() || p.owner().get() == owner
                || p.sharedWithAllUsers() && s.accounts().find(owner).flatMap(Account::parentId)
                        .equals(p.owner());
    }

    private ProfileEntry find(Account a, OwProfileKind k, String id) {
        return s.profiles().find(id).filter(p -> p.kind() == k.kind()).filter(p -> visible(a, p))
                .orElseThrow(() -> OwError.notFound("profile", id));
    }

    private void get(Context ctx, OwProfileKind k) {
        Account a = OwRequest.of(ctx, Set.of()).account();
        OwAccountView.require(a, right("list", k)); // OW-O-04: "needs can_list_device_profiles"
        ProfileEntry p = find(a, k, ctx.pathParam("uuid"));
        Viewer viewer = new Viewer(Optional.of(OwAccountView.ownerId(a)),
                OwAccountView.has(a, right("inspect", k)));
        OwReply.json(ctx, s.profileJson().view(ok(s.profiles().get(type(k), p.id(), viewer))));
    }

    private void create(Context ctx, OwProfileKind k) {
        OwRequest r = OwRequest.of(ctx, Set.of());
        Account a = r.account();
        ObjectNode body = OwReply.object(ctx, s.json());
        ProfileEntry created = switch (s.profileJson().read(k, body, r.bool("strict", false))) {
            case OwProfileRequest.Rejected x -> throw OwError.badRequest(x.text());
            case OwProfileRequest.Unlink u -> throw OwError.badRequest("copy_from_profile_uuid is for PUT");
            case OwProfileRequest.Local l -> {
                OwAccountView.require(a, right("create", k));
                yield ok(s.profiles().create(type(k), Optional.of(OwAccountView.ownerId(a)), l.draft()));
            }
            case OwProfileRequest.Link l -> {
                OwAccountView.require(a, right("link", k));
                find(a, k, l.draft().targetId());
                long owner = l.userid().flatMap(u -> s.accounts().findByUsername(u)).map(Account::id)
                        .filter(id -> OwAccountView.isAdmin(a)).orElse(OwAccountView.ownerId(a));
                yield ok(s.profiles().createLink(type(k), Optional.of(owner), l.draft()));
            }
        };
        OwReply.json(ctx, s.profileJson().created(created));
    }

    private void modify(Context ctx, OwProfileKind k) {
        OwRequest r = OwRequest.of(ctx, Set.of());
        Account a = r.account();
        ProfileEntry p = find(a, k, ctx.pathParam("uuid"));
        ObjectNode body = withCurrentContent(k, p, OwReply.object(ctx, s.json()));
        ProfileEntry out = switch (s.profileJson().read(k, body, r.bool("strict", false))) {
            case OwProfileRequest.Rejected x -> throw OwError.badRequest(x.text());
            case OwProfileRequest.Unlink u -> {
                OwAccountView.require(a, right("create", k));
                yield ok(s.profiles().unlink(type(k), p.id(), u.copyFrom()));
            }
            case OwProfileRequest.Local l -> {
                OwAccountView.require(a, right("create", k));
                yield ok(s.profiles().modify(type(k), p.id(), l.draft()));
            }
            case OwProfileRequest.Link l -> {
                OwAccountView.require(a, right("link", k));
                yield ok(s.profiles().modifyLink(type(k), p.id(), l.draft()));
            }
        };
        OwReply.json(ctx, s.json().createObjectNode().put("profile_uuid", out.id()));
    }

    /// {@return `body`, completed with the profile's current parameters when it only renames, re-describes or
    /// re-shares a local profile}: "if any profile parameter (other than name and description) is modified, all the
    /// parameters must be provided" (seed §Modify device profile, OW-O-05), so those alone need nothing else
    private ObjectNode withCurrentContent(OwProfileKind k, ProfileEntry p, ObjectNode body) {
        java.util.List<String> names = new java.util.ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        if (!(p.body() instanceof ProfileEntry.Local) || names.isEmpty() || !ENVELOPE.containsAll(names)) {
            return body;
        }
        ObjectNode full = (ObjectNode) s.profileJson().view(ok(s.profiles().get(type(k), p.id(),
                new Viewer(p.owner(), true))));
        full.remove("profile_uuid");
        full.setAll(body);
        return full;
    }

    private void delete(Context ctx, OwProfileKind k) {
        Account a = OwRequest.of(ctx, Set.of()).account();
        ProfileEntry p = find(a, k, ctx.pathParam("uuid"));
        OwAccountView.require(a, right("create", k));
        ok(s.profiles().delete(type(k), p.id()));
        ctx.status(200);
    }

    private ProfileType type(OwProfileKind k) {
        return s.profileTypes().type(k);
    }

    private static <T> T ok(ProfileResult<T> result) {
        return switch (result) {
            case ProfileResult.Ok<T> o -> o.value();
            case ProfileResult.NotFound<T> n -> throw OwError.notFound("profile", n.id());
            case ProfileResult.Invalid<T> i -> throw OwError.badRequest(String.join("\n",
                    i.violations().stream().map(Object::toString).toList()));
            case ProfileResult.Refused<T> x -> throw OwError.forbidden(x.reason());
            case ProfileResult.Locked<T> l -> throw new OwError(423, "Profile is locked", "Profile is locked: "
                    + l.reason() + (l.fields().isEmpty() ? "" : " " + l.fields()));
        };
    }
}
