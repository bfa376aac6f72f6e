// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Reads and strictly validates a JSON scenario file (format: `docs/scenarios.md`, schema:
/// `scenarios/scenario.schema.json`). The first problem found is thrown as a [ScenarioException] naming its JSON
/// path; unknown fields are problems too, so a typo never passes silently.
public final class ScenarioParser {
    /// The virtual start time when a scenario names none.
    public static final Instant DEFAULT_START = Instant.parse("2025-01-01T00:00:00Z");

    // Trailing text after the document is an error: Jackson's tree reader would otherwise stop at the first closing
    // brace and run a scenario the user did not write (a file cut and pasted twice, a stray edit after the end).
    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /// Parses the file at `file`; relative `file` references inside it (JavaScript, replay logs) are resolved
    /// against its directory.
    public Scenario parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(text, Optional.ofNullable(file.toAbsolutePath().getParent()));
    }

    /// Parses `text`; relative file references are resolved against `baseDir` (the working directory when empty).
    public Scenario parse(String text, Optional<Path> baseDir) {
        return parse(text, new PayloadParser(baseDir));
    }

    /// Parses a scenario that must carry everything itself: one received over HTTP (`POST /api/sim/scenarios`).
    /// A file reference (`csv`, a JavaScript `file`, a replay log) is a problem: the client's files are not on the
    /// server, and the server's own files are not the client's to read.
    public Scenario parseSelfContained(String text) {
        return parse(text, PayloadParser.withoutFiles());
    }

    private Scenario parse(String text, PayloadParser payloads) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ScenarioException("", "not valid JSON" + (loc == null ? "" : " at line " + loc.getLineNr()
                    + ", column " + loc.getColumnNr()) + ": " + e.getOriginalMessage(), e);
        }
        return scenario(JsonObject.of(root, ""), payloads);
    }

    private static Scenario scenario(JsonObject o, PayloadParser payloads) {
        o.opt("$schema");
        String name = o.string("name");
        String description = o.string("description", "");
        long seed = o.longValue("seed", Long.MIN_VALUE, Long.MAX_VALUE);
        var duration = o.duration("duration");
        ClockMode clock = o.optText("clock", c -> ClockMode.valueOf(switch (c) {
            case "real", "virtual" -> c.toUpperCase(java.util.Locale.ROOT);
            default -> throw new IllegalArgumentException(c);
        }), "must be \"real\" or \"virtual\"").orElse(ClockMode.VIRTUAL);
        Instant start = o.optText("start", Instant::parse, "must be an ISO 8601 UTC time like "
                + "\"2025-01-01T00:00:00Z\"").orElse(DEFAULT_START);
        NetworkServer ns = o.optText("networkServer", NetworkServer::parse,
                "must be \"embedded\" or host:port like \"127.0.0.1:1700\"").orElse(new NetworkServer.Embedded());
        if (clock == ClockMode.VIRTUAL && ns instanceof NetworkServer.Udp) {
            throw new ScenarioException("networkServer", "virtual time needs the embedded network server; "
                    + "use \"clock\": \"real\" to reach " + ns);
        }
        RadioParameters radio = o.optObject("radio").map(ScenarioParser::radio).orElse(RadioParameters.DEFAULT);
        List<JsonNode> gatewayNodes = o.array("gateways", true);
        if (gatewayNodes.isEmpty()) {
            throw new ScenarioException("gateways", "must hold at least one gateway");
        }
        List<GatewayTemplate> gateways = new ArrayList<>();
        for (int i = 0; i < gatewayNodes.size(); i++) {
            gateways.add(gateway(JsonObject.of(gatewayNodes.get(i), "gateways[" + i + "]")));
        }
        List<JsonNode> deviceNodes = o.array("devices", true);
        if (deviceNodes.isEmpty()) {
            throw new ScenarioException("devices", "must hold at least one device template or CSV entry");
        }
        List<DeviceTemplate> devices = new ArrayList<>();
        List<CsvDevices> csvDevices = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < deviceNodes.size(); i++) {
            String path = "devices[" + i + "]";
            JsonObject entry = JsonObject.of(deviceNodes.get(i), path);
            String entryName;
            if (CsvTemplateParser.isCsvEntry(deviceNodes.get(i))) {
                CsvDevices c = new CsvTemplateParser(payloads, seed).entry(entry, i);
                csvDevices.add(c);
                entryName = c.name();
            } else {
                DeviceTemplate t = new TemplateParser(payloads).template(entry, i);
                devices.add(t);
                entryName = t.name();
            }
            String other = names.putIfAbsent(entryName, path);
            if (other != null) {
                throw new ScenarioException(path + ".name", "template name '" + entryName + "' is also used by "
                        + other);
            }
        }
        o.finish();
        return new Scenario(name, description, seed, duration, clock, start, ns, radio, gateways, devices,
                csvDevices);
    }

    private static RadioParameters radio(JsonObject o) {
        RadioParameters d = RadioParameters.DEFAULT;
        var r = new RadioParameters(
                o.doubleValue("pathLossExponent", 0.1, 10, d.pathLossExponent()),
                o.doubleValue("referenceLoss", 0, 300, d.referenceLossDb()),
                o.doubleValue("referenceDistance", 0.001, 1e6, d.referenceDistanceM()),
                o.doubleValue("shadowingSigma", 0, 50, d.shadowingSigmaDb()),
                o.doubleValue("noiseFigure", 0, 50, d.noiseFigureDb()));
        o.finish();
        return r;
    }

    private static GatewayTemplate gateway(JsonObject o) {
        GatewayTemplate g;
        if (o.has("count")) {
            int count = o.intValue("count", 1, 10_000);
            EuiPattern eui = TemplateParser.euiPattern(o, "euiPrefix", "euiStart");
            Placement placement = TemplateParser.placement(o.object("placement"));
            TemplateParser.checkCapacity(placement, count, o.at("placement"));
            if (eui.capacity() < count) {
                throw new ScenarioException(o.at("euiPrefix"), "leaves room for " + eui.capacity()
                        + " gateways, count is " + count);
            }
            g = new GatewayTemplate.Generated(count, eui, placement);
        } else {
            g = new GatewayTemplate.Fixed(o.text("eui", lorabench.lorawan.types.Eui64::parse,
                    "must be an EUI-64 of 16 hex digits"), TemplateParser.position(o));
        }
        o.finish();
        return g;
    }
}
