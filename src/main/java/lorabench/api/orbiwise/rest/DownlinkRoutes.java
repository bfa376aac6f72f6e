// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import lorabench.lorawan.types.Bytes;
import lorabench.server.downlink.EnqueueMode;
import lorabench.server.downlink.EnqueueResult;
import lorabench.store.Device;
import lorabench.store.DeviceGroup;
import lorabench.store.Downlink;
import lorabench.store.DownlinkTarget;
import lorabench.store.Page;
import lorabench.store.Uplink;

/// Downlink payloads of devices and multicast groups (seed §Send downlink payload … §Delete downlink payload):
/// POST with `port`, `fcnt`, `confirmed` (default true, unicast only), `mode` (`enqueue_on_busy` default,
/// `fail_on_busy`, `replace_on_busy`; 409 when busy or full), `data_format` and `tag` (the application's correlation
/// text, which every view and callback of the downlink carries), through the server's downlink queue;
/// GET one or all (`search_transmission_status`, `search_port`, dates, paging, `sort_by_timestamp`); DELETE one;
/// and the mixed list `GET …/payloads/all` (`payload_type`).
final class DownlinkRoutes {
    static final Set<String> POST = Set.of("port", "fcnt", "confirmed", "mode", "data_format", "tag");
    static final Set<String> LIST = OwRequest.params(List.of(OwPages.PARAMS, Set.of("data_format", "from_date",
            "to_date", "mac_msg", "search_port", "search_transmission_status", "sort_by_timestamp")));

    private final OwServices s;
    private final DownlinkView view;
    private final DownlinkTargets targets;
    private final UplinkRoutes uplinks;

    DownlinkRoutes(OwServices s, UplinkRoutes uplinks) {
        this.s = s;
        this.view = new DownlinkView(s);
        this.targets = new DownlinkTargets(s);
        this.uplinks = uplinks;
    }

    void register(RoutesConfig r) {
        r.post("/rest/nodes/{eui}/payloads/dl", ctx -> post(ctx, false));
        r.get("/rest/nodes/{eui}/payloads/dl", ctx -> list(ctx, false));
        r.get("/rest/nodes/{eui}/payloads/dl/{id}", ctx -> get(ctx, false));
        r.delete("/rest/nodes/{eui}/payloads/dl/{id}", ctx -> delete(ctx, false));
        r.post("/rest/multicast/{eui}", ctx -> post(ctx, true));
        r.post("/rest/multicast/{eui}/payloads/dl", ctx -> post(ctx, true));
        r.get("/rest/multicast/{eui}/payloads/dl", ctx -> list(ctx, true));
        r.get("/rest/multicast/{eui}/payloads/dl/{id}", ctx -> get(ctx, true));
        r.delete("/rest/multicast/{eui}/payloads/dl/{id}", ctx -> delete(ctx, true));
        r.get("/rest/nodes/{eui}/payloads/all", this::all);
    }

    private void post(Context ctx, boolean multicast) {
        OwRequest r = OwRequest.of(ctx, POST, multicast ? Set.of("data_format", "mode")
                : Set.of("data_format", "mode", "confirmed"));
        DownlinkTargets.Target t = targets.resolve(r, multicast, true);
        int port = r.number("port").map(Long::intValue).orElseThrow(() -> OwError.badRequest("port is missing"));
        if (port < 1 || port > 223) {
            throw OwError.badRequest("port must be 1..223");
        }
        if (multicast && r.str("confirmed").isPresent()) {
            throw OwError.badRequest("confirmed is not allowed on multicast downlinks");
        }
        Optional<Long> fCnt = r.number("fcnt");
        if (fCnt.filter(f -> f < 0 || f > 0xFFFF_FFFFL).isPresent()) {
            throw OwError.badRequest("fcnt must be 0..4294967295");
        }
        if (fCnt.isEmpty() && t.device().filter(lorabench.api.orbiwise.OwKeySchemes::applicationEncrypts).isPresent()) {
            throw OwError.badRequest("fcnt is mandatory: the application encrypts this device's payloads");
        }
        boolean confirmed = !multicast && r.bool("confirmed", true);
        EnqueueMode mode = switch (r.str("mode").orElse("enqueue_on_busy").toLowerCase(Locale.ROOT)) {
            case "enqueue_on_busy" -> EnqueueMode.ENQUEUE_ON_BUSY;
            case "fail_on_busy" -> EnqueueMode.FAIL_ON_BUSY;
            case "replace_on_busy" -> EnqueueMode.REPLACE_ON_BUSY;
            default -> throw OwError.badRequest("mode must be fail_on_busy, replace_on_busy or enqueue_on_busy");
        };
        Optional<String> tag = r.str("tag");
        if (tag.filter(x -> x.length() > Downlink.MAX_TAG).isPresent()) {
            throw OwError.badRequest("tag must be at most " + Downlink.MAX_TAG + " characters");
        }
        Bytes payload = r.dataFormat().decode(ctx.body());
        EnqueueResult result = s.server().downlinkQueue().enqueue(t.target(), port, payload, confirmed, mode,
                fCnt, tag);
        Downlink queued = switch (result) {
            case EnqueueResult.Accepted a -> a.downlink();
            case EnqueueResult.Busy b -> throw new OwError(409, "Conflict", "device busy: " + b.waiting()
                    + " downlink(s) outstanding (mode fail_on_busy)");
            case EnqueueResult.QueueFull f -> throw new OwError(409, "Conflict", "downlink queue full: at most "
                    + f.limit() + " outstanding downlinks");
            case EnqueueResult.TooLarge l -> throw OwError.badRequest("payload too big: " + l.size()
                    + " bytes, at most " + l.max());
            case EnqueueResult.UnknownTarget u -> throw new OwError(404, "cannot find target", u.detail());
        };
        long next = targets.nextFCnt(t); // read before the queue: a downlink sent in between shows its own fCnt
        List<Downlink> queue = targets.queue(t);
        Downlink fresh = queue.stream().filter(x -> x.id() == queued.id()).findFirst().orElse(queued);
        OwReply.json(ctx, view.of(fresh, next, queue, r.dataFormat(), t.sessionKey()));
    }

    private void get(Context ctx, boolean multicast) {
        OwRequest r = OwRequest.of(ctx, Set.of("data_format"));
        DownlinkTargets.Target t = targets.resolve(r, multicast, false);
        long next = targets.nextFCnt(t);
        List<Downlink> queue = targets.queue(t);
        Downlink d = queue.stream().filter(x -> Long.toString(x.id()).equals(r.path("id"))).findFirst()
                .orElseThrow(() -> OwError.notFound("packet", r.path("id")));
        OwReply.json(ctx, view.of(d, next, queue, r.dataFormat(), t.sessionKey()));
    }

    private void delete(Context ctx, boolean multicast) {
        OwRequest r = OwRequest.of(ctx, Set.of());
        DownlinkTargets.Target t = targets.resolve(r, multicast, false);
        Downlink d = targets.queue(t).stream().filter(x -> Long.toString(x.id()).equals(r.path("id"))).findFirst()
                .orElseThrow(() -> OwError.notFound("packet", r.path("id")));
        targets.delete(t, d);
        ctx.status(200);
    }

    private void list(Context ctx, boolean multicast) {
        OwRequest r = OwRequest.of(ctx, LIST, Set.of("data_format"));
        DownlinkTargets.Target t = targets.resolve(r, multicast, false);
        long next = targets.nextFCnt(t);
        List<Downlink> queue = targets.queue(t);
        OwReply.json(ctx, s.pages().answer(r, select(r, queue), d -> view.of(d, next, queue, r.dataFormat(),
                t.sessionKey()), false, Integer.MAX_VALUE));
    }

    private List<Downlink> select(OwRequest r, List<Downlink> queue) {
        var from = r.time("from_date");
        var to = r.time("to_date");
        Optional<Long> status = r.number("search_transmission_status");
        IntPredicate ports = r.str("search_port").map(UplinkRoutes::ports).orElse(p -> true);
        Comparator<Downlink> c = Comparator.comparing(Downlink::created).thenComparing(Downlink::id);
        return queue.stream()
                .filter(d -> from.map(f -> !d.created().isBefore(f)).orElse(true))
                .filter(d -> to.map(x -> d.created().isBefore(x)).orElse(true))
                .filter(d -> status.map(st -> DownlinkView.transmissionStatus(d.status()) == st).orElse(true))
                .filter(d -> ports.test(d.fPort()))
                .sorted(r.ascending("sort_by_timestamp").orElse(true) ? c : c.reversed()).toList();
    }

    /// `GET /rest/nodes/{DevEUI}/payloads/all`: uplinks then downlinks, by time, `payload_type` to pick one kind.
    private void all(Context ctx) {
        Set<String> known = OwRequest.params(List.of(UplinkRoutes.PARAMS, LIST, Set.of("payload_type")));
        OwRequest r = OwRequest.of(ctx, known, Set.of("data_format"));
        Device d = s.access().device(r.account(), r.path("eui"));
        String type = r.str("payload_type").orElse("");
        if (!type.isEmpty() && !type.equals("uplink") && !type.equals("downlink")) {
            throw OwError.badRequest("payload_type must be uplink or downlink");
        }
        record Item(java.time.Instant at, ObjectNode node) {}
        List<Item> items = new ArrayList<>();
        if (!type.equals("downlink")) {
            UplinkView.Options o = uplinks.options(r);
            for (Uplink u : uplinks.select(r, d)) {
                items.add(new Item(u.received(), uplinks.view().of(d, u, o).put("payload_type", "uplink")));
            }
        }
        if (!type.equals("uplink")) {
            DownlinkTargets.Target t = targets.resolve(r, false, false);
            long next = targets.nextFCnt(t);
            List<Downlink> queue = targets.queue(t);
            for (Downlink dl : select(r, queue)) {
                items.add(new Item(dl.created(), view.of(dl, next, queue, r.dataFormat(), t.sessionKey())
                        .put("payload_type", "downlink")));
            }
        }
        boolean asc = r.ascending("sort_by_timestamp").orElse(true);
        Comparator<Item> c = Comparator.comparing(Item::at);
        ArrayNode out = s.json().createArrayNode();
        items.stream().sorted(asc ? c : c.reversed()).forEach(i -> out.add(i.node()));
        OwReply.json(ctx, out);
    }
}
