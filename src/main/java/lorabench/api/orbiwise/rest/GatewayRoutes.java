// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;
import lorabench.lorawan.types.Eui64;
import lorabench.store.Account;
import lorabench.store.Gateway;

/// The gateway API (seed §Gateway API): the gateways associated with the account (`GET /rest/gateways[/{id}]`),
/// associate (`POST`, needs `can_own_gtw` or `can_add_gtw`) and un-associate (`DELETE`). A gateway not associated
/// with the account shows only its position, and only with `can_access_gtw_info` (404 otherwise). `status` is `OK`
/// when the gateway was heard recently, `OFFLINE` otherwise; `backhaul_type` is `WIRED` (AMB-OW-50).
final class GatewayRoutes {
    private final OwServices s;

    GatewayRoutes(OwServices s) {
        this.s = s;
    }

    void register(RoutesConfig r) {
        r.get("/rest/gateways", this::list);
        r.get("/rest/gateways/{id}", this::get);
        r.post("/rest/gateways/{id}", this::associate);
        r.delete("/rest/gateways/{id}", this::dissociate);
    }

    private void list(Context ctx) {
        Account a = OwRequest.of(ctx, Set.of()).account();
        ArrayNode out = s.json().createArrayNode();
        s.gateways().byOwner(OwAccountView.ownerId(a)).stream().filter(g -> associated(a, g))
                .forEach(g -> out.add(full(g)));
        OwReply.json(ctx, out);
    }

    private Eui64 eui(Context ctx) {
        try {
            return Eui64.parse(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw OwError.badRequest("gateway id: " + e.getMessage());
        }
    }

    /// An application sub-account sees its owner's gateways only with a gateway right (OW-L-01).
    private boolean associated(Account a, Gateway g) {
        if (OwAccountView.isApplication(a) && !OwAccountView.has(a, "can_own_gtw")
                && !OwAccountView.has(a, "can_access_gtw_info")) {
            return false;
        }
        return g.ownerAccountId().filter(o -> o == OwAccountView.ownerId(a)).isPresent();
    }

    private void get(Context ctx) {
        Account a = OwRequest.of(ctx, Set.of()).account();
        Gateway g = s.gateways().find(eui(ctx)).orElseThrow(() -> OwError.notFound("gateway", ctx.pathParam("id")));
        if (associated(a, g)) {
            OwReply.json(ctx, full(g));
        } else if (OwAccountView.has(a, "can_access_gtw_info")) {
            ObjectNode o = s.json().createObjectNode();
            o.put("id", g.eui().toString());
            o.put("latitude", g.position().map(p -> p.latitude()).orElse(0.0));
            o.put("longitude", g.position().map(p -> p.longitude()).orElse(0.0));
            OwReply.json(ctx, o);
        } else {
            throw OwError.notFound("gateway", ctx.pathParam("id"));
        }
    }

    private void associate(Context ctx) {
        Account a = OwRequest.of(ctx, Set.of()).account();
        if (!OwAccountView.has(a, "can_own_gtw") && !OwAccountView.has(a, "can_add_gtw")) {
            throw OwError.forbidden("no right to associate gateways");
        }
        OwReply.object(ctx, s.json());
        Eui64 eui = eui(ctx);
        Gateway g = s.gateways().find(eui).orElse(Gateway.of(eui, eui.toString()));
        if (g.ownerAccountId().filter(o -> o != OwAccountView.ownerId(a)).isPresent()
                && !OwAccountView.isAdmin(a)) {
            throw OwError.forbidden("the gateway is associated with another account");
        }
        s.gateways().save(g.withOwner(Optional.of(OwAccountView.ownerId(a))));
        ctx.status(200);
    }

    private void dissociate(Context ctx) {
        Account a = OwRequest.of(ctx, Set.of()).account();
        Gateway g = s.gateways().find(eui(ctx)).orElseThrow(() -> OwError.notFound("gateway", ctx.pathParam("id")));
        if (!associated(a, g)) {
            throw OwError.notFound("gateway", ctx.pathParam("id"));
        }
        if (!OwAccountView.has(a, "can_own_gtw") && !OwAccountView.has(a, "can_add_gtw")) {
            throw OwError.forbidden("no right to un-associate gateways");
        }
        s.gateways().save(g.withOwner(Optional.empty()));
        ctx.status(200);
    }

    private ObjectNode full(Gateway g) {
        ObjectNode o = s.json().createObjectNode();
        o.put("id", g.eui().toString());
        o.put("name", g.name());
        ObjectNode address = o.putObject("address");
        g.attributes().path("address").properties().forEach(e -> address.set(e.getKey(), e.getValue()));
        o.put("latitude", g.position().map(p -> p.latitude()).orElse(0.0));
        o.put("longitude", g.position().map(p -> p.longitude()).orElse(0.0));
        o.put("antenna_gain", g.attributes().path("antenna_gain").asDouble(0));
        o.put("position_valid", g.position().isPresent());
        java.time.Instant now = s.clock().instant();
        boolean online = s.server().gateways().gateway(g.eui()).filter(x -> !x.lastSeen().isBefore(
                now.minus(s.settings().gatewayOnlineWindow()))).isPresent()
                || g.isOnline(now, s.settings().gatewayOnlineWindow());
        o.put("status", online ? "OK" : "OFFLINE");
        o.put("backhaul_type", "WIRED");
        o.put("backhaul_cell_operator", "");
        o.put("backhaul_cell_rssi", "N/A");
        return o;
    }
}
