// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lorabench.api.orbiwise.OwJson;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.types.Eui64;
import lorabench.server.push.PushDelivery;
import lorabench.server.push.PushEngine;
import lorabench.store.Account;
import lorabench.store.AccountKind;
import lorabench.store.AccountRepository;
import lorabench.store.Database;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.PushTarget;
import lorabench.store.Uplink;
import lorabench.store.UplinkRepository;

/// The `/rest/pushmode/*` routes (OW-G-01 … OW-G-09). Errors are `text/plain` with the status (OW-A-09): 401 without
/// valid credentials, 400 for a bad body or query, 403 when an application account names an application, 404 for
/// an unknown application, device or payload.
final class OwPushRoutes {
    private final PushEngine engine;
    private final PushAuth auth;
    private final AccountRepository accounts;
    private final DeviceRepository devices;
    private final UplinkRepository uplinks;
    private final TaskScheduler clock;
    private final OwPushLog log = new OwPushLog();

    /// A request answered with a status and a text.
    private static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String text) {
            super(text, null, false, false);
            this.status = status;
        }
    }

    OwPushRoutes(PushEngine engine, PushAuth auth, Database db, TaskScheduler clock) {
        this.engine = engine;
        this.auth = auth;
        this.accounts = new AccountRepository(db);
        this.devices = new DeviceRepository(db);
        this.uplinks = new UplinkRepository(db);
        this.clock = clock;
    }

    void register(JavalinConfig cfg) {
        String p = "/rest/pushmode";
        cfg.routes.put(p + "/start", guard(this::start));
        cfg.routes.put(p + "/start/{app}", guard(this::start));
        cfg.routes.put(p + "/stop", guard(this::stop));
        cfg.routes.put(p + "/stop/{app}", guard(this::stop));
        cfg.routes.get(p + "/status", guard(this::status));
        cfg.routes.get(p + "/status/{app}", guard(this::status));
        cfg.routes.get(p + "/connections", guard(this::connections));
        cfg.routes.get(p + "/connections/{app}", guard(this::connections));
        cfg.routes.get(p + "/log", guard(this::log));
        cfg.routes.put(p + "/loglevel", guard(this::setLevel));
        cfg.routes.get(p + "/loglevel", guard(c -> c.json(log.level(caller(c).id(), clock.instant()))));
        cfg.routes.post(p + "/test/payload_ul/{deveui}/{id}", guard(this::repush));
    }

    private Handler guard(Handler h) {
        return ctx -> {
            try {
                h.handle(ctx);
            } catch (Refused r) {
                ctx.status(r.status).contentType("text/plain").result(r.getMessage());
            }
        };
    }

    private Account caller(Context ctx) {
        return auth.authenticate(ctx).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Basic realm=\"OrbiWAN\", charset=\"UTF-8\"");
            return new Refused(401, "the username/password is invalid or not present");
        });
    }

    /// {@return the account whose push settings the request is about}: the caller, or its application
    private Account subject(Context ctx) {
        Account caller = caller(ctx);
        String app = ctx.pathParamMap().get("app");
        if (app == null) {
            return caller;
        }
        if (caller.kind() == AccountKind.APPLICATION) {
            throw new Refused(403, "an application account can only manage its own push mode");
        }
        return auth.application(caller, app).orElseThrow(() -> new Refused(404, "unknown application " + app));
    }

    private Optional<PushTarget> current(Account a) {
        return engine.targets(a.id()).stream().findFirst();
    }

    private void start(Context ctx) {
        Account a = subject(ctx);
        boolean strict = Boolean.parseBoolean(ctx.queryParam("strict"));
        boolean updateOnly = Boolean.parseBoolean(ctx.queryParam("update_only"));
        JsonNode body;
        try {
            body = OwJson.read(ctx.body());
        } catch (java.io.IOException e) {
            throw new Refused(400, "the JSON object is not valid");
        }
        OwPushSettings settings = switch (OwPushSettings.parse(body, strict)) {
            case OwPushSettings.Result.Valid v -> v.settings();
            case OwPushSettings.Result.Invalid i -> throw new Refused(400, i.reason());
        };
        Optional<PushTarget> existing = current(a);
        PushTarget t = settings.applyTo(existing, a.id());
        engine.save(updateOnly ? t : t.withEnabled(true));
        ctx.json(OwPushSettings.status(current(a)));
    }

    private void stop(Context ctx) {
        Account a = subject(ctx);
        engine.stop(a.id());
        ctx.status(200).contentType("text/plain").result("push mode is stopped");
    }

    private void status(Context ctx) {
        ctx.json(OwPushSettings.status(current(subject(ctx))));
    }

    /// The caller and, for a user account, its application sub-accounts (OW-G-05: "all connections from all
    /// application sub-accounts and the account itself").
    private List<Account> family(Account a) {
        List<Account> all = new ArrayList<>(List.of(a));
        if (a.kind() == AccountKind.USER) {
            all.addAll(accounts.children(a.id()));
        }
        return all;
    }

    private void connections(Context ctx) {
        Account caller = caller(ctx);
        List<Account> who = ctx.pathParamMap().containsKey("app") ? List.of(subject(ctx)) : family(caller);
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Account a : who) {
            for (PushTarget t : engine.activeTargets(a.id())) {
                ObjectNode o = out.addObject().put("type", "url");
                if (a.kind() == AccountKind.APPLICATION) {
                    o.put("appid", OwRecipients.applicationId(a));
                }
                o.put("subscription", OwTopic.list(OwPushSettings.subscription(t)));
                o.put("url", t.url().toString() + t.settings().path("path_prefix").asText(""));
            }
        }
        ctx.json(out);
    }

    private void log(Context ctx) {
        Account caller = caller(ctx);
        Map<Long, Account> who = new java.util.HashMap<>();
        family(caller).forEach(a -> who.put(a.id(), a));
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (PushDelivery d : engine.log().recent()) {
            Account a = who.get(d.accountId());
            if (a != null) {
                log.append(out, d, caller.id(), a.kind() == AccountKind.APPLICATION
                        ? Optional.of(OwRecipients.applicationId(a)) : Optional.empty());
            }
        }
        ctx.json(out);
    }

    private void setLevel(Context ctx) {
        Account a = caller(ctx);
        String level = Optional.ofNullable(ctx.queryParam("log_level")).orElse("error");
        Duration d = OwPushLog.DEFAULT_DURATION;
        if (ctx.queryParam("duration_in_hours") != null) {
            try {
                d = Duration.ofHours(Long.parseLong(ctx.queryParam("duration_in_hours")));
            } catch (NumberFormatException e) {
                throw new Refused(400, "duration_in_hours must be a whole number");
            }
            if (d.isNegative() || d.isZero() || (d.compareTo(OwPushLog.MAX_DURATION) > 0 && !a.has("is_admin"))) {
                throw new Refused(400, "duration_in_hours must be 1..168");
            }
        }
        switch (level) {
            case "info" -> log.setInfo(a.id(), clock.instant().plus(d));
            case "error" -> log.setError(a.id());
            default -> throw new Refused(400, "log_level must be error or info");
        }
        ctx.json(log.level(a.id(), clock.instant()));
    }

    private void repush(Context ctx) {
        Account caller = caller(ctx);
        Eui64 devEui;
        long id;
        try {
            devEui = Eui64.parse(ctx.pathParam("deveui").replace("-", "").replaceFirst("^0[xX]", ""));
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw new Refused(404, "unknown device and/or payload id");
        }
        Device device = devices.find(devEui).filter(d -> visible(caller, d))
                .orElseThrow(() -> new Refused(404, "unknown device " + devEui));
        Uplink u = uplinks.find(id).filter(x -> x.devEui().equals(device.devEui()))
                .orElseThrow(() -> new Refused(404, "unknown payload " + id));
        boolean failedOnly = Boolean.parseBoolean(ctx.queryParam("failed_only"));
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (PushDelivery d : engine.repush(u, failedOnly)) {
            ObjectNode o = out.addObject();
            accounts.find(d.accountId()).filter(a -> a.kind() == AccountKind.APPLICATION)
                    .ifPresent(a -> o.put("appid", OwRecipients.applicationId(a)));
            o.put("url", d.url());
            d.status().ifPresentOrElse(s -> o.put("status_code", s), () -> o.putNull("status_code"));
            d.error().ifPresent(e -> o.put("error", e));
        }
        ctx.json(out);
    }

    private boolean visible(Account caller, Device d) {
        if (d.ownerAccountId().equals(Optional.of(caller.id())) || caller.has("is_admin")) {
            return true;
        }
        return caller.kind() == AccountKind.APPLICATION && d.ownerAccountId().equals(caller.parentId())
                && OwRecipients.assigned(d).contains(OwRecipients.applicationId(caller));
    }
}
