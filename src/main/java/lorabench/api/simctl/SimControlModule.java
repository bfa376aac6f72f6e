// SPDX-License-Identifier: Apache-2.0
package lorabench.api.simctl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lorabench.api.http.HttpModule;
import lorabench.api.http.HttpServer;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.sim.control.SimControlException;
import lorabench.sim.control.SimulatorService;
import lorabench.sim.device.DeviceBehaviour;
import lorabench.sim.device.JoinOutcome;
import lorabench.sim.radio.Position;

/// The simulator's HTTP control API under `/api/sim` (DESIGN.md), over a [SimulatorService]. HTTP Basic is checked
/// by [HttpServer] for every `/api/*` path. Errors are `{"error": message, "field": name-or-null}` with 400 for bad
/// JSON or fields, 404 for an unknown gateway, device or scenario, 409 for one that exists already (or a device not
/// joined yet), 504 when a device did not finish in time.
public final class SimControlModule implements HttpModule, AutoCloseable {
    private static final String P = "/api/sim";

    private final SimulatorService service;
    private final ObjectMapper json = HttpServer.objectMapper();

    public SimControlModule(SimulatorService service) {
        this.service = service;
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.post(P + "/gateways", guard(this::addGateway));
        cfg.routes.get(P + "/gateways", guard(ctx -> ctx.json(service.gateways().stream().map(SimJson::gateway)
                .toList())));
        cfg.routes.delete(P + "/gateways/{gatewayEui}", guard(ctx -> {
            service.removeGateway(eui(ctx.pathParam("gatewayEui"), "gatewayEui"));
            ctx.status(204);
        }));
        cfg.routes.post(P + "/devices", guard(ctx -> {
            if (isCsv(ctx)) {
                bulk(ctx);
                return;
            }
            var d = service.addDevice(deviceFields(body(ctx)));
            ctx.status(201).json(SimJson.device(d));
        }));
        cfg.routes.get(P + "/devices", guard(ctx -> ctx.json(service.devices().stream().map(SimJson::device)
                .toList())));
        cfg.routes.get(P + "/devices/{devEui}", guard(ctx -> ctx.json(SimJson.device(service.device(dev(ctx))))));
        cfg.routes.delete(P + "/devices/{devEui}", guard(ctx -> {
            service.removeDevice(dev(ctx));
            ctx.status(204);
        }));
        cfg.routes.post(P + "/devices/{devEui}/join", guard(this::join));
        cfg.routes.post(P + "/devices/{devEui}/uplink", guard(this::uplink));
        cfg.routes.get(P + "/devices/{devEui}/downlinks", guard(ctx -> ctx.json(service.downlinks(dev(ctx)).stream()
                .map(SimJson::downlink).toList())));
        cfg.routes.put(P + "/devices/{devEui}/behaviour", guard(this::behaviour));
        cfg.routes.post(P + "/scenarios", guard(ctx -> {
            body(ctx);
            ctx.status(201).json(Map.of("id", service.startScenario(ctx.body())));
        }));
        cfg.routes.get(P + "/scenarios/{id}", guard(ctx -> ctx.json(scenario(ctx.pathParam("id")))));
        cfg.routes.delete(P + "/scenarios/{id}", guard(ctx -> {
            service.stopScenario(ctx.pathParam("id"));
            ctx.json(scenario(ctx.pathParam("id")));
        }));
    }

    private Map<String, Object> scenario(String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.putAll(service.scenario(id).report().toMap());
        return m;
    }

    private void addGateway(Context ctx) {
        JsonNode b = body(ctx);
        known(b, "gatewayEui", "latitude", "longitude", "altitude", "networkServer", "region");
        Eui64 eui = eui(text(b, "gatewayEui").orElseThrow(() -> bad("gatewayEui", "is required")), "gatewayEui");
        Position pos = new Position(number(b, "latitude", -90, 90), number(b, "longitude", -180, 180),
                number(b, "altitude", -500, 10_000));
        Optional<InetSocketAddress> ns = text(b, "networkServer").map(SimControlModule::hostPort);
        BandId band = text(b, "region").map(r -> {
            try {
                return BandId.parse(r);
            } catch (IllegalArgumentException e) {
                throw bad("region", "unknown region '" + r + "'");
            }
        }).orElse(BandId.EU868);
        ctx.status(201).json(SimJson.gateway(service.addGateway(eui, pos, ns, band)));
    }

    private void join(Context ctx) {
        JoinOutcome o = await(service.join(dev(ctx)));
        Map<String, Object> m = new LinkedHashMap<>();
        switch (o) {
            case JoinOutcome.Accepted a -> {
                m.put("joined", true);
                m.put("devAddr", a.devAddr().toString());
                m.put("attempts", a.attempts());
            }
            case JoinOutcome.Failed f -> {
                m.put("joined", false);
                m.put("attempts", f.attempts());
                m.put("reason", f.reason());
            }
        }
        ctx.json(m);
    }

    private void uplink(Context ctx) {
        Eui64 devEui = dev(ctx);
        JsonNode b = body(ctx);
        known(b, "fPort", "payload", "confirmed");
        JsonNode port = b.get("fPort");
        if (port == null || !port.isInt()) {
            throw bad("fPort", "must be an integer 1..223");
        }
        Bytes payload;
        try {
            payload = Bytes.fromHex(text(b, "payload").orElse(""));
        } catch (IllegalArgumentException e) {
            throw bad("payload", "must be hex");
        }
        JsonNode conf = b.get("confirmed");
        if (conf != null && !conf.isBoolean()) {
            throw bad("confirmed", "must be true or false");
        }
        boolean confirmed = conf != null && conf.asBoolean();
        ctx.json(SimJson.uplink(await(service.uplink(devEui, port.asInt(), payload, confirmed))));
    }

    private void behaviour(Context ctx) {
        Eui64 devEui = dev(ctx);
        JsonNode b = body(ctx);
        known(b, "ackDownlinks", "battery", "margin");
        var current = service.device(devEui).behaviour();
        JsonNode ack = b.get("ackDownlinks");
        if (ack != null && !ack.isBoolean()) {
            throw bad("ackDownlinks", "must be true or false");
        }
        int battery = b.has("battery") ? (int) integer(b, "battery", 0, 255) : current.battery();
        OptionalInt margin = !b.has("margin") ? current.margin()
                : b.get("margin").isNull() ? OptionalInt.empty() : OptionalInt.of((int) integer(b, "margin", -32, 31));
        DeviceBehaviour next = new DeviceBehaviour(ack == null ? current.ackDownlinks() : ack.asBoolean(), battery,
                margin);
        service.setBehaviour(devEui, next);
        ctx.json(SimJson.behaviour(next));
    }

    private static <T> T await(CompletableFuture<T> f) {
        try {
            return f.get(SimulatorService.ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new Timeout();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Timeout();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw new SimControlException(SimControlException.Kind.CONFLICT, "", String.valueOf(c.getMessage()));
        }
    }

    /// The device did not finish within [SimulatorService#ANSWER_TIMEOUT].
    private static final class Timeout extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private Handler guard(Handler h) {
        return ctx -> {
            try {
                h.handle(ctx);
            } catch (SimControlException e) {
                int status = switch (e.kind()) {
                    case BAD_REQUEST -> 400;
                    case NOT_FOUND -> 404;
                    case CONFLICT -> 409;
                };
                error(ctx, status, e.getMessage(), e.field());
            } catch (Timeout e) {
                error(ctx, 504, "the device did not finish within " + SimulatorService.ANSWER_TIMEOUT, "");
            }
        };
    }

    private static boolean isCsv(Context ctx) {
        String type = ctx.header("Content-Type");
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv");
    }

    /// `POST /api/sim/devices` with `Content-Type: text/csv`: many devices at once, the import format's CSV. 201
    /// when every row was created, 400 when none was, 207 when some were; the body lists both.
    private void bulk(Context ctx) {
        var r = service.addDevices(new java.io.StringReader(ctx.body()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("created", r.created().size());
        m.put("devices", r.created().stream().map(d -> d.config().devEui().toString()).toList());
        m.put("errors", r.errors().stream().map(e -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("line", e.line());
            x.put("field", e.field().isEmpty() ? null : e.field());
            x.put("reason", e.reason());
            return x;
        }).toList());
        ctx.status(r.errors().isEmpty() ? 201 : r.created().isEmpty() ? 400 : 207).json(m);
    }

    private static void error(Context ctx, int status, String message, String field) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message);
        m.put("field", field.isEmpty() ? null : field);
        ctx.status(status).json(m);
    }

    private JsonNode body(Context ctx) {
        JsonNode n;
        try {
            n = json.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw bad("", "the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw bad("", "the body must be a JSON object");
        }
        return n;
    }

    private static Map<String, String> deviceFields(JsonNode b) {
        Map<String, String> fields = new LinkedHashMap<>();
        b.properties().forEach(e -> {
            JsonNode v = e.getValue();
            if (v.isNull()) {
                return;
            }
            if (e.getKey().equals("tags") && v.isObject()) {
                StringBuilder sb = new StringBuilder();
                v.properties().forEach(t -> sb.append(sb.isEmpty() ? "" : ";").append(t.getKey()).append('=')
                        .append(t.getValue().asText()));
                fields.put("tags", sb.toString());
            } else if (v.isValueNode()) {
                fields.put(e.getKey(), v.asText());
            } else {
                throw bad(e.getKey(), "must be a string or a number");
            }
        });
        return fields;
    }

    private static void known(JsonNode b, String... names) {
        var allowed = java.util.List.of(names);
        b.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw bad(f, "unknown field (expected " + String.join(", ", names) + ")");
            }
        });
    }

    private static Optional<String> text(JsonNode b, String field) {
        JsonNode v = b.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw bad(field, "must be a string");
        }
        return Optional.of(v.asText());
    }

    private static double number(JsonNode b, String field, double min, double max) {
        JsonNode v = b.get(field);
        if (v == null || v.isNull()) {
            return 0;
        }
        if (!v.isNumber() || !(v.asDouble() >= min && v.asDouble() <= max)) {
            throw bad(field, "must be a number " + (long) min + ".." + (long) max);
        }
        return v.asDouble();
    }

    private static long integer(JsonNode b, String field, long min, long max) {
        JsonNode v = b.get(field);
        if (v == null || !v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            throw bad(field, "must be an integer " + min + ".." + max);
        }
        return v.asLong();
    }

    private static Eui64 dev(Context ctx) {
        return eui(ctx.pathParam("devEui"), "devEui");
    }

    private static Eui64 eui(String text, String field) {
        try {
            return Eui64.parse(text);
        } catch (IllegalArgumentException e) {
            throw bad(field, "'" + text + "' is not a 16-digit hex EUI");
        }
    }

    private static InetSocketAddress hostPort(String text) {
        int colon = text.lastIndexOf(':');
        try {
            int port = Integer.parseInt(text.substring(colon + 1));
            if (colon <= 0 || port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return new InetSocketAddress(text.substring(0, colon), port);
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw bad("networkServer", "must be host:port like 127.0.0.1:1700, got '" + text + "'");
        }
    }

    private static SimControlException bad(String field, String message) {
        return new SimControlException(SimControlException.Kind.BAD_REQUEST, field,
                field.isEmpty() ? message : field + ": " + message);
    }

    @Override
    public void close() {
        service.close();
    }
}
