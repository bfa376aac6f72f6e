// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lorabench.api.orbiwise.OwPushStatus;
import lorabench.store.Account;
import lorabench.store.AccountKind;
import lorabench.store.Device;
import lorabench.store.PushTargetRepository;

/// Application sub-accounts (seed §Application Sub-Accounts): create, read, modify, delete. A sub-account is stored
/// as an application [Account] whose username is its UUID (`app_uuid`, unique), with its id in `settings.accountid`
/// (unique per owner); its rights are at most its owner's. With `all=true` a read adds the application's
/// `/rest/pushmode/status` fields (OW-L-03; `enabled: false` when it never started push mode).
final class ApplicationRoutes {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OwServices s;
    private final PushTargetRepository pushTargets;

    ApplicationRoutes(OwServices s) {
        this.s = s;
        this.pushTargets = new PushTargetRepository(s.db());
    }

    void register(RoutesConfig r) {
        r.post("/rest/applications", this::create);
        r.get("/rest/applications", this::list);
        r.get("/rest/applications/{app}", this::get);
        r.put("/rest/applications/{app}", this::modify);
        r.delete("/rest/applications/{app}", this::delete);
    }

    private Account owner(Context ctx) {
        return owner(OwRequest.of(ctx, Set.of("all")));
    }

    private static Account owner(OwRequest r) {
        Account caller = r.account();
        if (OwAccountView.isApplication(caller)) {
            throw OwError.forbidden("the account has no administration rights");
        }
        return caller;
    }

    private Account find(Account owner, String app) {
        return s.accounts().children(owner.id()).stream()
                .filter(a -> a.kind() == AccountKind.APPLICATION && app.equals(OwAccountView.accountId(a)))
                .findFirst().orElseThrow(() -> OwError.notFound("application", app));
    }

    private void create(Context ctx) {
        Account owner = owner(ctx);
        ObjectNode body = OwReply.object(ctx, s.json());
        String id = OwFormat.text(body, "accountid").orElseThrow(() -> OwError.badRequest("accountid is missing"));
        if (s.accounts().children(owner.id()).stream().anyMatch(a -> a.kind() == AccountKind.APPLICATION
                && id.equals(OwAccountView.accountId(a)))) {
            throw new OwError(409, "Conflict", "Application ID already exists: " + id);
        }
        String password = OwFormat.text(body, "password").orElseGet(() -> HexFormat.of().formatHex(bytes(12)));
        String uuid = UUID.randomUUID().toString();
        ObjectNode settings = s.json().createObjectNode().put("accountid", id);
        Account a = Account.newApplication(uuid, s.hasher().hash(password.toCharArray()), owner.id())
                .withRights(rights(owner, body, Map.of())).withTags(UsersRoutes.tags(body)).withSettings(settings);
        s.accounts().insert(a);
        ObjectNode out = s.json().createObjectNode();
        out.put("accountid", id);
        out.put("app_uuid", uuid);
        out.put("password", password);
        OwReply.json(ctx, out);
    }

    private void list(Context ctx) {
        OwRequest r = OwRequest.of(ctx, Set.of("all"));
        Account owner = owner(r);
        boolean all = r.bool("all", false);
        ArrayNode out = s.json().createArrayNode();
        s.accounts().children(owner.id()).stream().filter(a -> a.kind() == AccountKind.APPLICATION)
                .forEach(a -> out.add(all ? withPush(view(a), a) : view(a)));
        OwReply.json(ctx, out);
    }

    private void get(Context ctx) {
        OwRequest r = OwRequest.of(ctx, Set.of("all"));
        Account app = find(owner(r), ctx.pathParam("app"));
        OwReply.json(ctx, r.bool("all", false) ? withPush(view(app), app) : view(app));
    }

    /// {@return `view` with the application's push status fields} (OW-G-04), the view's own fields kept
    private ObjectNode withPush(ObjectNode view, Account app) {
        OwPushStatus.of(pushTargets.byAccount(app.id()).stream().findFirst()).properties()
                .forEach(e -> view.set(e.getKey(), e.getValue()));
        return view;
    }

    private void modify(Context ctx) {
        Account owner = owner(ctx);
        Account app = find(owner, ctx.pathParam("app"));
        ObjectNode body = OwReply.object(ctx, s.json());
        if (body.has("accountid") && !body.get("accountid").asText().equals(OwAccountView.accountId(app))) {
            throw OwError.badRequest("accountid cannot be changed");
        }
        Account next = app.withRights(rights(owner, body, app.rights()));
        OwFormat.tags(body, 400);
        if (body.has("tags")) {
            Map<String, String> tags = new HashMap<>(app.tags());
            body.get("tags").properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    tags.remove(e.getKey());
                } else {
                    tags.put(OwTags.name(e.getKey()), e.getValue().asText());
                }
            });
            next = next.withTags(tags);
        }
        if (OwFormat.text(body, "password").isPresent()) {
            next = next.withPasswordHash(s.hasher().hash(body.get("password").asText().toCharArray()));
            s.authenticator().forget(app.username());
        }
        s.accounts().update(next);
        OwReply.json(ctx, view(s.accounts().find(app.id()).orElseThrow()));
    }

    private void delete(Context ctx) {
        Account owner = owner(ctx);
        Account app = find(owner, ctx.pathParam("app"));
        String id = OwAccountView.accountId(app);
        for (Device d : s.devices().byOwner(owner.id())) {
            Set<String> apps = new LinkedHashSet<>(OwDeviceData.applications(d));
            if (apps.remove(id)) {
                ObjectNode data = OwDeviceData.of(d);
                OwDeviceData.setApplications(data, apps);
                s.devices().upsert(OwDeviceData.with(d, data).withApplication(apps.stream().findFirst()));
            }
        }
        s.tokens().revokeAll(app.id());
        s.accounts().delete(app.id());
        s.authenticator().forget(app.username());
        ctx.status(200);
    }

    private static Map<String, Boolean> rights(Account owner, ObjectNode body, Map<String, Boolean> current) {
        Map<String, Boolean> out = new HashMap<>(current);
        for (String r : OwAccountView.APP_RIGHTS) {
            if (body.has(r)) {
                if (!body.get(r).isBoolean()) {
                    throw OwError.badRequest(r + " must be a boolean");
                }
                out.put(r, body.get(r).asBoolean() && OwAccountView.has(owner, r));
            }
        }
        return out;
    }

    private ObjectNode view(Account a) {
        ObjectNode o = s.json().createObjectNode();
        o.put("accountid", OwAccountView.accountId(a));
        o.put("app_uuid", a.username());
        OwAccountView.APP_RIGHTS.forEach(r -> o.put(r, a.has(r)));
        ObjectNode tags = o.putObject("tags");
        a.tags().forEach(tags::put);
        return o;
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
