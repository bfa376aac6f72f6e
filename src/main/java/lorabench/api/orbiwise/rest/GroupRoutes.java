// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;
import lorabench.store.Account;
import lorabench.store.DeviceGroup;
import lorabench.store.MulticastSession;
import lorabench.store.Page;

/// Groups (seed §Groups and Multicast): `POST /rest/groups`, `GET /rest/groups[/{id}]` (filters `application`,
/// `search_id`, `search_title`), `PUT /rest/groups/{id}` (renaming with `groupid`), `DELETE /rest/groups/{id}`
/// (members stay registered). Application sub-accounts may read only. A multicast session needs `nwkskey`,
/// `appskey` and `devaddr` together (decision 0011).
final class GroupRoutes {
    private static final List<String> SETTINGS = List.of("data_rate", "freq", "ping_slot_periodicity");

    private final OwServices s;

    GroupRoutes(OwServices s) {
        this.s = s;
    }

    void register(RoutesConfig r) {
        r.post("/rest/groups", this::create);
        r.get("/rest/groups", this::list);
        r.get("/rest/groups/{id}", ctx -> OwReply.json(ctx, OwGroupJson.full(s.json(),
                s.access().group(OwRequest.of(ctx, Set.of()).account(), ctx.pathParam("id")))));
        r.put("/rest/groups/{id}", this::update);
        r.delete("/rest/groups/{id}", this::delete);
    }

    private Account writer(Context ctx) {
        Account a = OwRequest.of(ctx, Set.of()).account();
        if (OwAccountView.isApplication(a)) {
            throw OwError.forbidden("application sub-accounts cannot change groups");
        }
        return a;
    }

    private void create(Context ctx) {
        Account a = writer(ctx);
        ObjectNode body = OwReply.object(ctx, s.json());
        String id = OwFormat.text(body, "groupid").orElseThrow(() -> OwError.badRequest("groupid is missing"));
        String title = OwFormat.text(body, "title").orElseThrow(() -> OwError.badRequest("title is missing"));
        if (s.groups().find(id).isPresent()) {
            throw new OwError(409, "Conflict", "group ID already exists: " + id);
        }
        DeviceGroup g = new DeviceGroup(id, title, OwFormat.text(body, "comment").orElse(""),
                Optional.of(OwAccountView.ownerId(a)), Optional.empty(), s.json().createObjectNode(),
                java.time.Instant.EPOCH, java.time.Instant.EPOCH);
        s.groups().save(apply(g, body));
        ctx.status(200);
    }

    private void list(Context ctx) {
        OwRequest r = OwRequest.of(ctx, Set.of("application", "search_id", "search_title"));
        Optional<String> app = r.str("application");
        Optional<String> id = r.str("search_id").map(x -> x.toLowerCase(Locale.ROOT));
        Optional<String> title = r.str("search_title").map(x -> x.toLowerCase(Locale.ROOT));
        ArrayNode out = s.json().createArrayNode();
        for (Page p = Page.first(Page.MAX_LIMIT);; p = p.next()) {
            List<DeviceGroup> batch = s.groups().list(p);
            batch.stream().filter(g -> s.access().sees(r.account(), g))
                    .filter(g -> app.map(x -> OwGroupJson.applications(g).contains(x)).orElse(true))
                    .filter(g -> id.map(x -> g.id().toLowerCase(Locale.ROOT).contains(x)).orElse(true))
                    .filter(g -> title.map(x -> g.name().toLowerCase(Locale.ROOT).contains(x)).orElse(true))
                    .forEach(g -> out.add(OwGroupJson.listItem(s.json(), g)));
            if (batch.size() < p.limit()) {
                break;
            }
        }
        OwReply.json(ctx, out);
    }

    private void update(Context ctx) {
        Account a = writer(ctx);
        DeviceGroup g = s.access().group(a, ctx.pathParam("id"));
        ObjectNode body = OwReply.object(ctx, s.json());
        DeviceGroup next = apply(g, body);
        Optional<String> rename = OwFormat.text(body, "groupid").filter(x -> !x.equals(g.id()));
        if (rename.isPresent()) {
            if (s.groups().find(rename.get()).isPresent()) {
                throw new OwError(409, "Conflict", "group ID already exists: " + rename.get());
            }
            var members = s.groups().members(g.id());
            s.groups().save(new DeviceGroup(rename.get(), next.name(), next.description(), next.ownerAccountId(),
                    next.multicast(), next.settings(), next.created(), next.updated()));
            members.forEach(m -> s.groups().addMember(rename.get(), m));
            s.groups().delete(g.id());
        } else {
            s.groups().save(next);
        }
        ctx.status(200);
    }

    private void delete(Context ctx) {
        Account a = writer(ctx);
        DeviceGroup g = s.access().group(a, ctx.pathParam("id"));
        s.groups().delete(g.id());
        ctx.status(200);
    }

    /// {@return `g` changed by `body`}
    /// @throws OwError 400 for any bad value: the group APIs document 400, not the device APIs' 406 (OW-K-01/04)
    private DeviceGroup apply(DeviceGroup g, ObjectNode body) {
        try {
            return change(g, body);
        } catch (OwError e) {
            throw e.status == 406 ? OwError.badRequest(e.detail) : e;
        }
    }

    private DeviceGroup change(DeviceGroup g, ObjectNode body) {
        ObjectNode settings = g.settings().isObject() ? ((ObjectNode) g.settings()).deepCopy()
                : s.json().createObjectNode();
        for (String k : SETTINGS) {
            if (body.has(k)) {
                if (!body.get(k).isNumber()) {
                    throw OwError.badRequest(k + " must be a number");
                }
                settings.set(k, body.get(k));
            }
        }
        // the server's multicast sender reads `dataRate` and `frequency` (Hz); OrbiWAN writes MHz (AMB-OW-14)
        if (body.has("data_rate")) {
            settings.put("dataRate", body.get("data_rate").asInt());
        }
        if (body.has("freq")) {
            settings.put("frequency", Math.round(body.get("freq").asDouble() * 1_000_000));
        }
        if (body.has("applications")) {
            settings.put("applications", String.join(",", OwDeviceData.commaList(body.get("applications")
                    .asText(""))));
        }
        DeviceGroup next = new DeviceGroup(g.id(), OwFormat.text(body, "title").orElse(g.name()),
                body.has("comment") ? body.get("comment").asText("") : g.description(), g.ownerAccountId(),
                g.multicast(), settings, g.created(), g.updated());
        Optional<MulticastSession> old = g.multicast();
        boolean touches = body.has("nwkskey") || body.has("appskey") || body.has("devaddr") || body.has("fcnt");
        if (!touches) {
            return next;
        }
        Optional<AesKey> nwk = OwFormat.text(body, "nwkskey").map(k -> OwFormat.key("nwkskey", k))
                .or(() -> old.map(MulticastSession::nwkSKey));
        Optional<AesKey> app = OwFormat.text(body, "appskey").map(k -> OwFormat.key("appskey", k))
                .or(() -> old.map(MulticastSession::appSKey));
        Optional<DevAddr> addr = Optional.ofNullable(body.get("devaddr")).filter(n -> !n.isNull())
                .map(OwFormat::devAddr).or(() -> old.map(MulticastSession::devAddr));
        long fcnt = body.has("fcnt") ? body.get("fcnt").asLong() : old.map(MulticastSession::fCntDown).orElse(0L);
        if (nwk.isEmpty() || app.isEmpty() || addr.isEmpty()) {
            throw OwError.badRequest("a multicast session needs nwkskey, appskey and devaddr");
        }
        if (fcnt < 0 || fcnt > 0xFFFF_FFFFL) {
            throw OwError.badRequest("fcnt must be 0..4294967295");
        }
        return next.withMulticast(Optional.of(new MulticastSession(addr.get(), nwk.get(), app.get(), fcnt)));
    }
}
