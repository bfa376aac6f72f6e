// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/// Reads a `devices` entry holding `csv` (a file, resolved against the scenario's directory) or `rows` (the CSV
/// text inline, a string or an array of lines): devices in the import format of DESIGN.md, plus the settings they
/// share (`uplink`, `payload`, `behaviour`, `join`, `txPower`, `adr`, `dataRate`, and a `placement` for the rows
/// without `latitude`/`longitude`). A scenario is strict: any bad row fails the whole file, naming every bad row.
final class CsvTemplateParser {
    private static final int MAX_LISTED_ERRORS = 10;

    private final PayloadParser payloads;
    private final long scenarioSeed;

    CsvTemplateParser(PayloadParser payloads, long scenarioSeed) {
        this.payloads = payloads;
        this.scenarioSeed = scenarioSeed;
    }

    static boolean isCsvEntry(JsonNode node) {
        return node.isObject() && (node.has("csv") || node.has("rows"));
    }

    CsvDevices entry(JsonObject o, int index) {
        String name = o.string("name", "csv" + (index + 1));
        if (o.has("csv") && o.has("rows")) {
            throw new ScenarioException(o.at("rows"), "give either csv (a file) or rows (inline), not both");
        }
        String where = o.has("csv") ? o.at("csv") : o.at("rows");
        String text = o.has("csv") ? payloads.readFile(o.string("csv"), o.at("csv")) : rows(o);
        SimDefaults std = SimDefaults.STANDARD;
        long seed = Seeds.derive(scenarioSeed, "devices/" + name);
        SimDefaults defaults = new SimDefaults(
                o.optObject("uplink").map(TemplateParser::uplink).orElse(std.uplink()),
                o.optObject("payload").map(payloads::generator).orElse(std.payload()),
                o.optObject("behaviour").map(TemplateParser::behaviour).orElse(std.behaviour()),
                o.optObject("join").map(TemplateParser::join).orElse(std.join()),
                o.intValue("txPower", -10, 36, std.txPowerDbm()), o.bool("adr", std.adr()),
                o.optLong("dataRate", 0, 15).map(d -> OptionalInt.of(d.intValue())).orElse(std.dataRate()), seed);
        Optional<Placement> placement = o.optObject("placement").map(TemplateParser::placement);
        o.finish();
        DeviceCsv.Result r = DeviceCsv.read(new StringReader(text), defaults);
        if (!r.errors().isEmpty()) {
            String listed = r.errors().stream().limit(MAX_LISTED_ERRORS).map(DeviceCsv.RowError::toString)
                    .collect(Collectors.joining("; "));
            int more = r.errors().size() - MAX_LISTED_ERRORS;
            throw new ScenarioException(where, r.errors().size() + " bad row(s): " + listed
                    + (more > 0 ? "; and " + more + " more" : ""));
        }
        if (r.devices().isEmpty()) {
            throw new ScenarioException(where, "holds no device (a header row, then one device a row)");
        }
        placement.ifPresent(p -> TemplateParser.checkCapacity(p, r.devices().size(), o.at("placement")));
        RandomGenerator random = Seeds.random(Seeds.derive(seed, "placement"));
        List<DeviceSpec> devices = new ArrayList<>();
        for (int i = 0; i < r.devices().size(); i++) {
            DeviceSpec d = r.devices().get(i);
            Optional<Position> position = d.position();
            if (position.isEmpty() && placement.isPresent()) {
                position = Optional.of(placement.get().place(i, random));
            }
            devices.add(new DeviceSpec(d.index(), name, d.identity(), position, d.txPowerDbm(), d.adr(),
                    d.dataRate(), d.uplink(), d.payload(), d.behaviour(), d.joinAt(), d.firstUplinkAt(),
                    d.randomSeed()));
        }
        return new CsvDevices(name, devices);
    }

    private static String rows(JsonObject o) {
        JsonNode n = o.req("rows");
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n.size(); i++) {
                if (!n.get(i).isTextual()) {
                    throw new ScenarioException(o.at("rows") + "[" + i + "]", "must be a string (one CSV line)");
                }
                sb.append(n.get(i).asText()).append('\n');
            }
            return sb.toString();
        }
        throw new ScenarioException(o.at("rows"), "must be the CSV text, or an array of its lines");
    }
}
