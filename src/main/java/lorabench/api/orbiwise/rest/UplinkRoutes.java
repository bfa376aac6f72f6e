// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import lorabench.store.Account;
import lorabench.store.AccountKind;
import lorabench.store.Device;
import lorabench.store.Page;
import lorabench.store.PushAnswerRepository;
import lorabench.store.PushStatus;
import lorabench.store.Uplink;
import lorabench.store.UplinkQuery;

/// Uplink payloads (seed §Payload Management): `GET /rest/nodes/{DevEUI}/payloads/ul`, `…/ul/latest` and
/// `DELETE …/ul/{id}`, with `data_format`, `from_date`/`to_date`, paging, `mac_msg`, `search_port` ranges,
/// `sort_by_timestamp`, `locations`, `push_status`, `search_pushfail`, `search_pushfail_app`.
final class UplinkRoutes {
    static final Set<String> PARAMS = OwRequest.params(List.of(OwPages.PARAMS, Set.of("data_format", "from_date",
            "to_date", "mac_msg", "search_port", "sort_by_timestamp", "locations", "push_status", "search_pushfail",
            "search_pushfail_app")));

    private final OwServices s;
    private final UplinkView view;
    private final PushAnswerRepository answers;

    UplinkRoutes(OwServices s) {
        this.s = s;
        this.view = new UplinkView(s);
        this.answers = new PushAnswerRepository(s.db());
    }

    void register(RoutesConfig r) {
        r.get("/rest/nodes/{eui}/payloads/ul", this::list);
        r.get("/rest/nodes/{eui}/payloads/ul/latest", this::latest);
        r.delete("/rest/nodes/{eui}/payloads/ul/{id}", this::delete);
    }

    UplinkView view() {
        return view;
    }

    private void list(Context ctx) {
        OwRequest r = OwRequest.of(ctx, PARAMS, Set.of("data_format"));
        Device d = s.access().device(r.account(), r.path("eui"));
        List<Uplink> ups = select(r, d);
        UplinkView.Options o = options(r);
        JsonNode answer = s.pages().answer(r, ups, u -> view.of(d, u, o), false, Integer.MAX_VALUE);
        if (ups.isEmpty()) {
            ctx.status(204); // after the query was checked: bad options are 400 even without payloads
            return;
        }
        OwReply.json(ctx, answer);
    }

    private void latest(Context ctx) {
        OwRequest r = OwRequest.of(ctx, Set.of("data_format", "locations", "push_status"), Set.of("data_format"));
        Device d = s.access().device(r.account(), r.path("eui"));
        UplinkView.Options o = options(r);
        Optional<Uplink> u = s.uplinks().listNewestFirst(UplinkQuery.device(d.devEui()), Page.first(50)).stream()
                .filter(x -> x.fPort().filter(p -> p > 0).isPresent()).filter(UplinkRoutes::notConsumed)
                .findFirst();
        if (u.isEmpty()) {
            ctx.status(204);
            return;
        }
        OwReply.json(ctx, view.of(d, u.get(), o));
    }

    private void delete(Context ctx) {
        OwRequest r = OwRequest.of(ctx, Set.of());
        Device d = s.access().device(r.account(), r.path("eui"));
        long id;
        try {
            id = Long.parseLong(r.path("id"));
        } catch (NumberFormatException e) {
            throw OwError.notFound("payload", r.path("id"));
        }
        Optional<Uplink> u = s.uplinks().find(id).filter(x -> x.devEui().equals(d.devEui()))
                .filter(UplinkRoutes::notConsumed);
        if (u.isEmpty() || !s.uplinks().delete(id)) {
            throw OwError.notFound("payload", r.path("id"));
        }
        ctx.status(200);
    }

    UplinkView.Options options(OwRequest r) {
        return new UplinkView.Options(r.dataFormat(), OwAccountView.has(r.account(), "can_access_gtw_info"),
                r.bool("push_status", false), r.bool("locations", false));
    }

    /// {@return the device's uplinks the query options select}, in the requested order
    List<Uplink> select(OwRequest r, Device d) {
        UplinkQuery q = UplinkQuery.device(d.devEui());
        Instant from = r.time("from_date").orElse(Instant.EPOCH);
        Instant to = r.time("to_date").orElse(Instant.parse("9999-12-31T00:00:00Z"));
        q = q.between(from, to);
        List<Uplink> all = new ArrayList<>();
        for (Page p = Page.first(Page.MAX_LIMIT);; p = p.next()) {
            List<Uplink> batch = s.uplinks().list(q, p);
            all.addAll(batch);
            if (batch.size() < p.limit()) {
                break;
            }
        }
        boolean mac = r.bool("mac_msg", false) && OwAccountView.has(r.account(), "can_see_mac_msg");
        IntPredicate ports = r.str("search_port").map(UplinkRoutes::ports).orElse(p -> true);
        boolean pushFail = r.bool("search_pushfail", false);
        List<Uplink> out = all.stream()
                .filter(UplinkRoutes::notConsumed)
                .filter(u -> mac || u.fPort().filter(p -> p > 0).isPresent())
                .filter(u -> u.fPort().map(ports::test).orElse(r.str("search_port").isEmpty()))
                .filter(u -> !pushFail || u.pushStatus() == PushStatus.FAILED)
                .toList();
        if (r.str("search_pushfail_app").isPresent()) {
            out = failedFor(r.account(), r.str("search_pushfail_app").get(), out);
        }
        boolean asc = r.ascending("sort_by_timestamp").orElse(true);
        Comparator<Uplink> c = Comparator.comparing(Uplink::received).thenComparing(Uplink::id);
        return out.stream().sorted(asc ? c : c.reversed()).toList();
    }

    /// {@return the uplinks whose last push to application `app` failed}: it answered neither 200 nor 202, or did not
    /// answer. `app` is an application id of the caller's user (or the user's own name, for its own push); an unknown
    /// id selects nothing.
    private List<Uplink> failedFor(Account caller, String app, List<Uplink> ups) {
        long owner = OwAccountView.ownerId(caller);
        List<Account> family = new ArrayList<>(s.accounts().children(owner));
        s.accounts().find(owner).ifPresent(family::add);
        Optional<Long> account = family.stream().filter(a -> a.kind() == AccountKind.USER
                ? a.username().equals(app) : OwAccountView.accountId(a).equals(app)).map(Account::id).findFirst();
        if (account.isEmpty()) {
            return List.of();
        }
        var byUplink = answers.byUplinks(ups.stream().map(Uplink::id).toList());
        return ups.stream().filter(u -> byUplink.getOrDefault(u.id(), List.of()).stream()
                .anyMatch(a -> a.accountId() == account.get() && !a.acknowledged())).toList();
    }

    /// {@return whether pull mode still sees `u`}: an uplink every push target acknowledged with 200 is "deleted from
    /// the persistent temporary storage" (seed §Push Mode Callbacks; AMB-OW-59), so the pull API no longer lists it;
    /// the row stays in the store for LoRaBench's own history, export and GUI
    static boolean notConsumed(Uplink u) {
        return u.pushStatus() != PushStatus.DELIVERED;
    }

    /// {@return the predicate of a `search_port` list}, e.g. `1-10,50-55,100,200-` (open ends 0 and 255)
    static IntPredicate ports(String spec) {
        IntPredicate p = x -> false;
        for (String item : OwDeviceData.commaList(spec)) {
            int dash = item.indexOf('-');
            try {
                int lo = dash < 0 ? Integer.parseInt(item) : dash == 0 ? 0 : Integer.parseInt(item.substring(0, dash)
                        .strip());
                int hi = dash < 0 ? lo : dash == item.length() - 1 ? 255 : Integer.parseInt(item.substring(dash + 1)
                        .strip());
                if (lo < 0 || hi > 255 || lo > hi) {
                    throw new NumberFormatException(item);
                }
                IntPredicate prev = p;
                p = x -> prev.test(x) || x >= lo && x <= hi;
            } catch (NumberFormatException e) {
                throw OwError.badRequest("search_port '" + spec + "' is not a list of ports and ranges");
            }
        }
        return p;
    }
}
