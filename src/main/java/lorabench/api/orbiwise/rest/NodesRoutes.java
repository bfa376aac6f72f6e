// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lorabench.store.Account;
import lorabench.store.AccountKind;
import lorabench.store.Device;
import lorabench.store.DeviceGroup;

/// Device management (seed §Device management): `POST /rest/nodes`, `GET /rest/nodes[/{DevEUI}]`,
/// `PUT /rest/nodes/{DevEUI|groupid|DevEUI,DevEUI…}` (AMB-OW-08) and `DELETE /rest/nodes/{DevEUI}`.
final class NodesRoutes {
    private final OwServices s;
    private final NodeWriter writer;
    private final NodeView view;
    private final NodeList list;

    NodesRoutes(OwServices s) {
        this.s = s;
        this.writer = new NodeWriter(s);
        this.view = new NodeView(s);
        this.list = new NodeList(s, view);
    }

    void register(RoutesConfig r) {
        r.post("/rest/nodes", this::create);
        r.get("/rest/nodes", ctx -> list.list(OwRequest.of(ctx, NodeList.PARAMS)));
        r.get("/rest/nodes/{eui}", this::get);
        r.put("/rest/nodes/{eui}", this::update);
        r.delete("/rest/nodes/{eui}", this::delete);
    }

    private void create(Context ctx) {
        Account a = OwRequest.of(ctx, Set.of()).account();
        OwAccountView.require(a, "can_register");
        ObjectNode body = OwReply.object(ctx, s.json());
        Optional<lorabench.lorawan.types.Eui64> eui = OwFormat.nodeText(body, "DevEUI").map(e -> OwFormat.eui("DevEUI", e));
        if (eui.isPresent() && s.devices().find(eui.get()).isPresent()) {
            throw new OwError(409, "Already registered", "Already registered: device '" + eui.get()
                    + "' exists; delete it first to register it again");
        }
        NodeWriter.Written w = writer.create(a, body);
        store(a, w, Optional.empty());
        OwReply.json(ctx, view.info(s.devices().find(w.device().devEui()).orElseThrow(), false));
    }

    private void get(Context ctx) {
        OwRequest r = OwRequest.of(ctx, Set.of("all"));
        OwReply.json(ctx, view.info(s.access().device(r.account(), r.path("eui")), r.bool("all", false)));
    }

    private void delete(Context ctx) {
        OwRequest r = OwRequest.of(ctx, Set.of());
        Device d = s.access().device(r.account(), r.path("eui"));
        OwAccountView.require(r.account(), "can_register");
        s.provisioning().delete(d.devEui());
        ctx.status(200);
    }

    private void update(Context ctx) {
        OwRequest r = OwRequest.of(ctx, Set.of());
        Account a = r.account();
        ObjectNode body = OwReply.object(ctx, s.json());
        List<Device> targets = targets(a, r.path("eui"));
        if (!OwAccountView.has(a, "can_register")) {
            throw OwError.forbidden("the account has no right to modify devices");
        }
        Optional<Account> newOwner = owner(a, body);
        if (targets.size() == 1 && !isGroupOrList(a, r.path("eui"))) {
            store(a, writer.update(newOwner.orElse(a), targets.getFirst(), body), newOwner.map(Account::id));
            ctx.status(200);
            return;
        }
        Map<String, List<String>> failed = new LinkedHashMap<>();
        for (Device d : targets) {
            try {
                store(a, writer.update(newOwner.orElse(a), d, body), newOwner.map(Account::id));
            } catch (OwError e) {
                failed.computeIfAbsent(e.detail, k -> new ArrayList<>()).add(d.devEui().toString());
            }
        }
        if (failed.isEmpty()) {
            ctx.status(200);
            return;
        }
        int n = failed.values().stream().mapToInt(List::size).sum();
        throw new OwError(n == targets.size() ? 406 : 202, n == targets.size() ? "Invalid value" : "Accepted",
                n + " of " + targets.size() + " devices failed", failed);
    }

    private boolean isGroupOrList(Account a, String target) {
        return s.access().findDevice(a, target).isEmpty();
    }

    /// {@return the devices a PUT path names}: a device, a group's members, or a comma list (AMB-OW-08)
    private List<Device> targets(Account a, String target) {
        Optional<Device> one = s.access().findDevice(a, target);
        if (one.isPresent()) {
            return List.of(one.get());
        }
        Optional<DeviceGroup> g = s.groups().find(target).filter(x -> s.access().sees(a, x));
        if (g.isPresent()) {
            Set<String> members = new LinkedHashSet<>();
            s.groups().members(g.get().id()).forEach(e -> members.add(e.toString()));
            return s.access().devices(a).stream().filter(d -> members.contains(d.devEui().toString())).toList();
        }
        if (target.contains(",")) {
            return OwDeviceData.commaList(target).stream().map(e -> s.access().device(a, e)).toList();
        }
        throw OwError.noDevice(target);
    }

    /// {@return the account a `userid` move goes to}, checked (OW-D-07)
    private Optional<Account> owner(Account caller, ObjectNode body) {
        Optional<String> userid = OwFormat.nodeText(body, "userid");
        if (userid.isEmpty()) {
            return Optional.empty();
        }
        for (String f : List.of("groups", "applications")) {
            if (body.has(f) && OwDeviceData.commaList(body.get(f).asText("")).stream()
                    .anyMatch(i -> i.startsWith("+") || i.startsWith("-"))) {
                throw OwError.badRequest("+/- modifiers are not allowed together with userid");
            }
        }
        Account target = s.accounts().findByUsername(userid.get()).filter(t -> t.kind() == AccountKind.USER)
                .orElseThrow(() -> OwError.badRequest("unknown userid " + userid.get()));
        boolean child = target.parentId().filter(p -> p == caller.id()).isPresent();
        boolean same = target.id() == OwAccountView.ownerId(caller);
        if (!(OwAccountView.isAdmin(caller) || child || same && OwAccountView.has(caller, "user_admin"))) {
            throw OwError.forbidden("no right to move devices to " + userid.get());
        }
        return Optional.of(target);
    }

    /// Stores a written device, its owner and its group memberships.
    private void store(Account caller, NodeWriter.Written w, Optional<Long> newOwner) {
        Device d = newOwner.map(o -> w.device().withOwner(Optional.of(o))).orElse(w.device());
        if (d.devAddr().isPresent() && d.abpKeys().isPresent() && s.sessions().findByDevAddr(d.devAddr().get())
                .stream().anyMatch(x -> !x.devEui().equals(d.devEui())
                        && x.keys().fNwkSIntKey().equals(d.abpKeys().get().fNwkSIntKey()))) {
            throw new OwError(404, NodeWriter.REG_ERROR, NodeWriter.REG_ERROR + ": devaddr + nwkskey pair already"
                    + " used");
        }
        Account groupOwner = newOwner.flatMap(s.accounts()::find).orElse(caller);
        Optional<Set<String>> groups = w.groups().or(() -> newOwner.map(o -> Set.of()));
        groups.ifPresent(g -> writer.checkGroups(groupOwner, g));
        s.provisioning().save(d);
        s.devices().upsert(d);
        groups.ifPresent(next -> {
            for (String old : s.groups().groupsOf(d.devEui())) {
                if (!next.contains(old)) {
                    s.groups().removeMember(old, d.devEui());
                }
            }
            next.forEach(g -> s.groups().addMember(g, d.devEui()));
        });
    }
}
