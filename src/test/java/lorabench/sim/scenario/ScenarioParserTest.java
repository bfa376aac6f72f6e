// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.MacVersion;
import lorabench.sim.payload.CayenneLpp;
import lorabench.sim.payload.JavaScript;
import lorabench.sim.payload.Replay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioParserTest {
    static final Path SAMPLES = Path.of("scenarios");
    static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".schema.json"))
                    .sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void parsesEverySample(Path sample) {
        Scenario s = new ScenarioParser().parse(sample);
        assertTrue(s.deviceCount() > 0);
        assertTrue(ScenarioExpansion.expand(s).devices().size() == s.deviceCount());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleValidatesAgainstTheSchema(Path sample) throws IOException {
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SAMPLES.resolve("scenario.schema.json")));
        var errors = schema.validate(JSON.readTree(sample.toFile()));
        assertEquals(List.of(), errors, sample.toString());
    }

    @Test
    void theSchemaRejectsWhatTheParserRejects() throws IOException {
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SAMPLES.resolve("scenario.schema.json")));
        ObjectNode bad = base();
        ((ObjectNode) bad.at("/devices/0/uplink")).put("interval", "soon");
        assertTrue(!schema.validate(bad).isEmpty());
        bad = base();
        ((ObjectNode) bad.at("/devices/0")).put("uplnk", 1);
        assertTrue(!schema.validate(bad).isEmpty());
        assertEquals(List.of(), schema.validate(base()));
    }

    @Test
    void readsTheDemoWithItsDefaults() {
        Scenario s = new ScenarioParser().parse(SAMPLES.resolve("demo-eu868.json"));
        assertEquals(42, s.seed());
        assertEquals(Duration.ofHours(2), s.duration());
        assertEquals(ClockMode.VIRTUAL, s.clock());
        assertEquals(ScenarioParser.DEFAULT_START, s.start());
        assertEquals(new RadioParameters(2.7, 31.2, 1, 4, RadioParameters.DEFAULT.noiseFigureDb()), s.radio(),
                "the suburban model under which its devices reach the gateways");
        assertEquals(RadioParameters.DEFAULT, new ScenarioParser().parse(SAMPLES.resolve("load-10k.json")).radio());
        assertEquals(2, s.gateways().size());
        DeviceTemplate t = s.devices().getFirst();
        assertEquals(10, t.count());
        assertEquals(MacVersion.V1_0_4, t.macVersion());
        assertEquals(BandId.EU868, t.region());
        assertInstanceOf(CayenneLpp.class, t.payload());
        assertEquals(new JoinPlan(true, Duration.ofMinutes(1)), t.join());
        Scenario c = new ScenarioParser().parse(SAMPLES.resolve("class-c-1.1.json"));
        assertEquals(new NetworkServer.Udp("127.0.0.1", 1700), c.networkServer());
        assertInstanceOf(JavaScript.class, c.devices().getFirst().payload());
    }

    @Test
    void resolvesFilesAgainstTheScenarioDirectory() throws IOException {
        Path dir = Files.createTempDirectory("scenario");
        Files.copy(Path.of("src/test/resources/sim/session-log.jsonl"), dir.resolve("log.jsonl"));
        Files.writeString(dir.resolve("gen.js"), "function generate(ctx) { return [1, 2]; }");
        ObjectNode root = base();
        ArrayNode devices = (ArrayNode) root.get("devices");
        ((ObjectNode) devices.get(0)).set("payload", JSON.readTree("{\"type\":\"replay\",\"file\":\"log.jsonl\"}"));
        ObjectNode second = devices.get(0).deepCopy();
        second.put("name", "js");
        ((ObjectNode) second.get("devEui")).put("prefix", "0102030405");
        second.set("payload", JSON.readTree("{\"type\":\"javascript\",\"file\":\"gen.js\"}"));
        devices.add(second);
        Files.writeString(dir.resolve("s.json"), root.toString());
        Scenario s = new ScenarioParser().parse(dir.resolve("s.json"));
        assertEquals(4, ((Replay) s.devices().get(0).payload()).all().size());
        assertInstanceOf(JavaScript.class, s.devices().get(2).payload());
    }

    /// A small valid scenario that the bad-input table breaks one field at a time.
    static ObjectNode base() {
        try {
            return (ObjectNode) JSON.readTree("""
                    {"name": "t", "seed": 1, "duration": "1h",
                     "gateways": [{"eui": "0000000000000001", "latitude": 1, "longitude": 2}],
                     "devices": [
                       {"name": "a", "count": 2, "devEui": {"prefix": "AA00000000"},
                        "placement": {"type": "circle", "latitude": 1, "longitude": 2, "radius": 100},
                        "uplink": {"interval": "5m"}, "payload": {"type": "fixed", "hex": "01"}},
                       {"name": "b", "count": 1, "devEui": {"prefix": "BB00000000"},
                        "placement": {"type": "point", "latitude": 1, "longitude": 2},
                        "uplink": {"interval": "5m"}, "payload": {"type": "counter"}}]}""");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("/devices/1/uplink/interval", "\"soon\"",
                        "devices[1].uplink.interval: must be a positive duration like \"5m\" or \"PT5M\""),
                Arguments.of("/devices/1/uplink/interval", "\"0s\"",
                        "devices[1].uplink.interval: must be a positive duration like \"5m\" or \"PT5M\""),
                Arguments.of("/devices/1/uplink/interval", "300",
                        "devices[1].uplink.interval: must be a positive duration like \"5m\" or \"PT5M\""),
                Arguments.of("/devices/0/uplink/interval", null, "devices[0].uplink.interval: is required"),
                Arguments.of("/devices/0/uplink/fPort", "0", "devices[0].uplink.fPort: must be an integer 1..223"),
                Arguments.of("/devices/0/uplink/jitter", "150", "devices[0].uplink.jitter: must be a number 0..100"),
                Arguments.of("/devices/0/uplnk", "{}", "devices[0].uplnk: unknown field (expected one of "
                        + "activation, adr, behaviour, count, dataRate, devAddrStart, devEui, deviceClass, join, "
                        + "joinEui, keys, macVersion, name, namePattern, payload, placement, region, txPower, "
                        + "uplink)"),
                Arguments.of("/seed", "\"x\"", "seed: must be an integer -9223372036854775808..9223372036854775807"),
                Arguments.of("/name", null, "name: is required"),
                Arguments.of("/clock", "\"fast\"", "clock: must be \"real\" or \"virtual\""),
                Arguments.of("/networkServer", "\"10.0.0.1:1700\"", "networkServer: virtual time needs the "
                        + "embedded network server; use \"clock\": \"real\" to reach 10.0.0.1:1700"),
                Arguments.of("/networkServer", "\"nohost\"",
                        "networkServer: must be \"embedded\" or host:port like \"127.0.0.1:1700\""),
                Arguments.of("/gateways", "[]", "gateways: must hold at least one gateway"),
                Arguments.of("/gateways/0/eui", "\"0102\"", "gateways[0].eui: must be an EUI-64 of 16 hex digits"),
                Arguments.of("/gateways/0/latitude", "91", "gateways[0].latitude: must be a number -90..90"),
                Arguments.of("/devices/0/devEui/prefix", "\"0102030405060708\"",
                        "devices[0].devEui.prefix: must be 0 to 7 bytes of hex (up to 14 digits)"),
                Arguments.of("/devices/0/devEui", "{\"prefix\": \"AA00000000FFFF\", \"start\": 255}",
                        "devices[0].devEui: prefix AA00000000FFFF leaves room for 1 devices from start 255, count is 2"),
                Arguments.of("/devices/0/devEui", "[\"AA00000000000001\"]",
                        "devices[0].count: must equal the number of listed DevEUIs (1)"),
                Arguments.of("/devices/0/devEui", "[\"AA00000000000001\", \"xx\"]",
                        "devices[0].devEui[1]: must be an EUI-64 of 16 hex digits"),
                Arguments.of("/devices/1/name", "\"a\"", "devices[1].name: template name 'a' is also used by "
                        + "devices[0]"),
                Arguments.of("/devices/0/macVersion", "\"1.2\"", "devices[0].macVersion: must be 1.0.0 ... 1.0.4 "
                        + "or 1.1"),
                Arguments.of("/devices/0/region", "\"XX999\"", "devices[0].region: must be a band name like "
                        + "EU868, US915, AS923-1"),
                Arguments.of("/devices/0/activation", "\"ABP\"", "devices[0].devAddrStart: is required for ABP "
                        + "(the first device's DevAddr; the others count up from it)"),
                Arguments.of("/devices/0/keys", "{\"nwkKey\": \"000102030405060708090A0B0C0D0E0F\"}",
                        "devices[0].keys.appKey: an OTAA device needs an AppKey (or use \"keys\": \"generate\")"),
                Arguments.of("/devices/0/keys", "{\"appKey\": \"00\"}",
                        "devices[0].keys.appKey: must be an AES-128 key of 32 hex digits"),
                Arguments.of("/devices/0/placement", "{\"type\": \"grid\", \"latitude\": 1, \"longitude\": 2, "
                        + "\"rows\": 1, \"columns\": 1, \"spacing\": 10}",
                        "devices[0].placement: a 1x1 grid holds 1, count is 2"),
                Arguments.of("/devices/0/placement/type", "\"square\"", "devices[0].placement.type: unknown "
                        + "placement 'square' (expected point, circle or grid)"),
                Arguments.of("/devices/0/placement/radius", null, "devices[0].placement.radius: is required"),
                Arguments.of("/devices/0/payload/type", "\"magic\"", "devices[0].payload.type: unknown payload "
                        + "type 'magic' (expected fixed, counter, random, cayenneLpp, javascript or replay)"),
                Arguments.of("/devices/0/payload/hex", "\"0G\"",
                        "devices[0].payload.hex: must be hex bytes like \"01A2FF\""),
                Arguments.of("/devices/1/payload/width", "9", "devices[1].payload.width: must be an integer 1..8"),
                Arguments.of("/devices/0/payload", "{\"type\": \"cayenneLpp\", \"channels\": [{\"channel\": 1, "
                        + "\"type\": \"gps\", \"values\": [1, 2]}]}", "devices[0].payload.channels[0].values: type "
                        + "gps needs 3 value models (latitude, longitude, altitude), got 2"),
                Arguments.of("/devices/0/payload", "{\"type\": \"cayenneLpp\", \"channels\": [{\"channel\": 1, "
                        + "\"type\": \"temperature\", \"value\": {\"model\": \"sine\", \"mean\": 1, "
                        + "\"amplitude\": 1}}]}", "devices[0].payload.channels[0].value.period: is required"),
                Arguments.of("/devices/0/payload", "{\"type\": \"cayenneLpp\", \"channels\": [{\"channel\": 1, "
                        + "\"type\": \"heat\", \"value\": 1}]}", "devices[0].payload.channels[0].type: must be one "
                        + "of digitalInput, digitalOutput, analogInput, analogOutput, illuminance, presence, "
                        + "temperature, humidity, accelerometer, barometer, gyrometer, gps"),
                Arguments.of("/devices/0/payload", "{\"type\": \"cayenneLpp\", \"channels\": [{\"channel\": 1, "
                        + "\"type\": \"humidity\", \"value\": {\"model\": \"randomWalk\", \"start\": 5, "
                        + "\"step\": 1, \"min\": 10, \"max\": 20}}]}",
                        "devices[0].payload.channels[0].value.start: must lie within min..max (10.0..20.0)"),
                Arguments.of("/devices/0/payload", "{\"type\": \"javascript\", \"source\": \"function f() {}\"}",
                        "devices[0].payload.source: the script defines no function generate(ctx)"),
                Arguments.of("/devices/0/payload", "{\"type\": \"replay\", \"file\": \"/nonexistent/x.jsonl\"}",
                        "devices[0].payload.file: cannot read /nonexistent/x.jsonl: /nonexistent/x.jsonl"),
                Arguments.of("/devices/0/behaviour", "{\"margin\": 40}",
                        "devices[0].behaviour.margin: must be an integer -32..31"),
                Arguments.of("/devices/0/join", "{\"spread\": \"-5m\"}",
                        "devices[0].join.spread: must be a duration like \"30s\" or \"PT30S\""),
                Arguments.of("/radio", "{\"pathLossExponent\": 0}",
                        "radio.pathLossExponent: must be a number 0.1..10"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badInput")
    void rejectsBadInputNamingThePath(String pointer, String value, String message) throws IOException {
        ObjectNode root = base();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String field = pointer.substring(slash + 1);
        if (value == null) {
            ((ObjectNode) parent).remove(field);
        } else {
            ((ObjectNode) parent).set(field, JSON.readTree(value));
        }
        var e = assertThrows(ScenarioException.class,
                () -> new ScenarioParser().parse(root.toString(), Optional.empty()));
        assertEquals(message, e.getMessage());
    }

    @Test
    void rejectsMalformedJsonWithItsPosition() {
        var e = assertThrows(ScenarioException.class,
                () -> new ScenarioParser().parse("{\"name\": \"x\",\n \"seed\": }", Optional.empty()));
        assertTrue(e.getMessage().startsWith("not valid JSON at line 2, column 10"), e.getMessage());
        e = assertThrows(ScenarioException.class,
                () -> new ScenarioParser().parse("{\"name\": \"x\", \"name\": \"y\"}", Optional.empty()));
        assertTrue(e.getMessage().contains("Duplicate field 'name'"), e.getMessage());
        e = assertThrows(ScenarioException.class,
                () -> new ScenarioParser().parse("{\"name\": \"x\"}\n{\"name\": \"y\"}", Optional.empty()));
        assertTrue(e.getMessage().startsWith("not valid JSON at line 2"), e.getMessage());
    }

    @Test
    void parsesDurations() {
        assertEquals(Duration.ofMinutes(5), Durations.parse("5m"));
        assertEquals(Duration.ofMinutes(90), Durations.parse("1h30m"));
        assertEquals(Duration.ofMinutes(90), Durations.parse("1.5h"));
        assertEquals(Duration.ofMillis(500), Durations.parse("500ms"));
        assertEquals(Duration.ofDays(1), Durations.parse("P1D"));
        assertEquals(Duration.ofMinutes(5), Durations.parse("PT5M"));
        assertEquals(Duration.ofHours(-8), Durations.parse("-8h"));
        assertEquals("1h30m", Durations.format(Duration.ofMinutes(90)));
        for (String bad : new String[] {"", "5", "m", "5 m", "5mm", "PT", "--5m"}) {
            assertThrows(IllegalArgumentException.class, () -> Durations.parse(bad), bad);
        }
    }
}
