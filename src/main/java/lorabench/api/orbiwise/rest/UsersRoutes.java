// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import lorabench.store.Account;
import lorabench.store.AccountKind;
import lorabench.store.Device;

/// User accounts (seed §User registration messages): `GET /rest/users` (the users the caller created),
/// `POST /rest/users` (`userid`, `password`, rights flags, `tags`; needs `is_admin` or `user_admin`),
/// `DELETE /rest/users/{user-id}` (the user and all its devices) and `PUT /rest/user` (the caller's own `tags`).
final class UsersRoutes {
    private final OwServices s;

    UsersRoutes(OwServices s) {
        this.s = s;
    }

    void register(RoutesConfig r) {
        r.get("/rest/users", this::list);
        r.post("/rest/users", this::create);
        r.delete("/rest/users/{id}", this::delete);
        r.put("/rest/user", this::modifySelf);
    }

    private void list(Context ctx) {
        Account caller = OwRequest.of(ctx, Set.of()).account();
        ArrayNode out = s.json().createArrayNode();
        s.accounts().children(caller.id()).stream().filter(a -> a.kind() == AccountKind.USER)
                .forEach(a -> out.add(view(a)));
        OwReply.json(ctx, out);
    }

    private void create(Context ctx) {
        Account caller = OwRequest.of(ctx, Set.of()).account();
        if (OwAccountView.isApplication(caller) || !(OwAccountView.has(caller, "user_admin"))) {
            throw OwError.forbidden("the account has no right to create users");
        }
        ObjectNode body = OwReply.object(ctx, s.json());
        String userid = OwFormat.text(body, "userid").orElseThrow(() -> OwError.badRequest("userid is missing"));
        String password = OwFormat.text(body, "password").orElseThrow(() -> OwError.badRequest(
                "password is missing"));
        if (s.accounts().findByUsername(userid).isPresent()) {
            throw new OwError(409, "Conflict", "user '" + userid + "' already exists");
        }
        Map<String, Boolean> rights = new HashMap<>(OwAccountView.DEFAULT_USER_RIGHTS);
        rights.keySet().forEach(k -> {
            if (body.has(k) && !body.get(k).isBoolean()) {
                throw OwError.badRequest(k + " must be a boolean");
            }
        });
        rights.replaceAll((k, v) -> body.has(k) ? body.get(k).asBoolean() : v);
        if (!OwAccountView.isAdmin(caller)) {
            rights.replaceAll((k, v) -> v && OwAccountView.has(caller, k)); // never more than the creator
        }
        Account a = Account.newUser(userid, s.hasher().hash(password.toCharArray()))
                .withParentId(java.util.Optional.of(caller.id())).withRights(rights).withTags(tags(body));
        OwReply.json(ctx, view(s.accounts().insert(a)));
    }

    private void delete(Context ctx) {
        Account caller = OwRequest.of(ctx, Set.of()).account();
        String id = ctx.pathParam("id");
        Account target = s.accounts().findByUsername(id).filter(a -> a.kind() == AccountKind.USER)
                .filter(a -> a.parentId().filter(p -> p == caller.id()).isPresent() || OwAccountView.isAdmin(caller))
                .filter(a -> a.id() != caller.id())
                .orElseThrow(() -> OwError.notFound("user", id));
        for (Device d : s.devices().byOwner(target.id())) {
            s.provisioning().delete(d.devEui());
        }
        s.accounts().children(target.id()).forEach(c -> s.tokens().revokeAll(c.id()));
        s.tokens().revokeAll(target.id());
        s.accounts().delete(target.id());
        s.authenticator().forget(target.username());
        ctx.status(200);
    }

    private void modifySelf(Context ctx) {
        Account caller = OwRequest.of(ctx, Set.of()).account();
        if (OwAccountView.isApplication(caller)) {
            throw OwError.forbidden("an application sub-account cannot modify its own parameters");
        }
        ObjectNode body = OwReply.object(ctx, s.json());
        OwFormat.tags(body, 400);
        Map<String, String> tags = new HashMap<>(caller.tags());
        body.path("tags").properties().forEach(e -> {
            if (e.getValue().isNull()) {
                tags.remove(e.getKey());
            } else {
                tags.put(OwTags.name(e.getKey()), e.getValue().asText());
            }
        });
        s.accounts().update(caller.withTags(tags));
        OwReply.json(ctx, view(s.accounts().find(caller.id()).orElseThrow()));
    }

    static Map<String, String> tags(JsonNode body) {
        Map<String, String> tags = new HashMap<>();
        JsonNode t = body.get("tags");
        if (t != null && !t.isNull()) {
            if (!t.isObject()) {
                throw OwError.badRequest("tags must be an object");
            }
            t.properties().forEach(e -> tags.put(OwTags.name(e.getKey()), e.getValue().asText()));
        }
        return tags;
    }

    private ObjectNode view(Account a) {
        ObjectNode o = s.json().createObjectNode();
        o.put("userid", a.username());
        OwAccountView.rights(a).forEach(o::put);
        ObjectNode tags = o.putObject("tags");
        a.tags().forEach(tags::put);
        return o;
    }
}
