// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.sim.payload.CayenneLpp;
import lorabench.sim.payload.Counter;
import lorabench.sim.payload.FixedHex;
import lorabench.sim.payload.JavaScript;
import lorabench.sim.payload.LppChannel;
import lorabench.sim.payload.LppType;
import lorabench.sim.payload.PayloadGenerator;
import lorabench.sim.payload.RandomBytes;
import lorabench.sim.payload.Replay;
import lorabench.sim.payload.ValueModel;

/// Reads the `payload` object of a device template (see `docs/scenarios.md`, "Payload generators").
final class PayloadParser {
    private final Optional<Path> baseDir;
    private final boolean filesAllowed;

    PayloadParser(Optional<Path> baseDir) {
        this(baseDir, true);
    }

    private PayloadParser(Optional<Path> baseDir, boolean filesAllowed) {
        this.baseDir = baseDir;
        this.filesAllowed = filesAllowed;
    }

    /// {@return a parser that refuses every file reference} (scenarios received over HTTP)
    static PayloadParser withoutFiles() {
        return new PayloadParser(Optional.empty(), false);
    }

    PayloadGenerator generator(JsonObject o) {
        String type = o.string("type");
        PayloadGenerator g = switch (type) {
            case "fixed" -> new FixedHex(o.text("hex", Bytes::fromHex, "must be hex bytes like \"01A2FF\""));
            case "counter" -> new Counter(o.intValue("width", 1, 8, 2),
                    o.optLong("start", 0, Long.MAX_VALUE).orElse(0L));
            case "random" -> random(o);
            case "cayenneLpp" -> lpp(o);
            case "javascript" -> javaScript(o);
            case "replay" -> replay(o);
            default -> throw new ScenarioException(o.at("type"), "unknown payload type '" + type
                    + "' (expected fixed, counter, random, cayenneLpp, javascript or replay)");
        };
        o.finish();
        return g;
    }

    private static PayloadGenerator random(JsonObject o) {
        int min = o.intValue("minLength", 0, RandomBytes.MAX_LENGTH, 1);
        int max = o.intValue("maxLength", 0, RandomBytes.MAX_LENGTH, Math.max(min, 16));
        if (max < min) {
            throw new ScenarioException(o.at("maxLength"), "must not be less than minLength (" + min + ")");
        }
        return new RandomBytes(min, max);
    }

    private static PayloadGenerator lpp(JsonObject o) {
        List<JsonNode> items = o.array("channels", true);
        if (items.isEmpty()) {
            throw new ScenarioException(o.at("channels"), "must hold at least one channel");
        }
        List<LppChannel> channels = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonObject c = JsonObject.of(items.get(i), o.at("channels") + "[" + i + "]");
            int channel = c.intValue("channel", 0, 255);
            LppType type = c.text("type", LppType::fromJsonName, "must be one of digitalInput, digitalOutput, "
                    + "analogInput, analogOutput, illuminance, presence, temperature, humidity, accelerometer, "
                    + "barometer, gyrometer, gps");
            int n = type.fields().size();
            List<ValueModel> models = new ArrayList<>();
            if (n == 1) {
                models.add(valueModel(c.req("value"), c.at("value")));
            } else {
                List<JsonNode> values = c.array("values", true);
                if (values.size() != n) {
                    throw new ScenarioException(c.at("values"), "type " + type.jsonName() + " needs " + n
                            + " value models (" + (type == LppType.GPS ? "latitude, longitude, altitude" : "x, y, z")
                            + "), got " + values.size());
                }
                for (int k = 0; k < n; k++) {
                    models.add(valueModel(values.get(k), c.at("values") + "[" + k + "]"));
                }
            }
            c.finish();
            channels.add(new LppChannel(channel, type, models));
        }
        return new CayenneLpp(channels);
    }

    static ValueModel valueModel(JsonNode node, String path) {
        if (node.isNumber()) {
            return new ValueModel.Constant(node.asDouble());
        }
        JsonObject v = JsonObject.of(node, path);
        String model = v.string("model");
        ValueModel m = switch (model) {
            case "constant" -> new ValueModel.Constant(v.doubleValue("value", -1e9, 1e9));
            case "sine" -> new ValueModel.Sine(v.doubleValue("mean", -1e9, 1e9),
                    v.doubleValue("amplitude", -1e9, 1e9), v.duration("period"),
                    v.optSignedDuration("phase").orElse(Duration.ZERO));
            case "randomWalk" -> {
                double start = v.doubleValue("start", -1e9, 1e9);
                double step = v.doubleValue("step", 0, 1e9);
                double min = v.doubleValue("min", -1e9, 1e9);
                double max = v.doubleValue("max", -1e9, 1e9);
                if (!(min <= start && start <= max)) {
                    throw new ScenarioException(v.at("start"), "must lie within min..max (" + min + ".." + max + ")");
                }
                yield new ValueModel.RandomWalk(start, step, min, max);
            }
            default -> throw new ScenarioException(v.at("model"), "unknown value model '" + model
                    + "' (expected constant, sine or randomWalk)");
        };
        v.finish();
        return m;
    }

    private PayloadGenerator javaScript(JsonObject o) {
        Optional<JsonNode> inline = o.opt("source");
        Optional<String> file = o.optString("file");
        if (inline.isPresent() == file.isPresent()) {
            throw new ScenarioException(o.at("source"), "give exactly one of source (a string or an array of lines) "
                    + "and file");
        }
        String source;
        if (inline.isPresent()) {
            JsonNode s = inline.get();
            if (s.isTextual()) {
                source = s.asText();
            } else if (s.isArray()) {
                StringBuilder sb = new StringBuilder();
                for (JsonNode line : s) {
                    if (!line.isTextual()) {
                        throw new ScenarioException(o.at("source"), "must be a string or an array of strings");
                    }
                    sb.append(line.asText()).append('\n');
                }
                source = sb.toString();
            } else {
                throw new ScenarioException(o.at("source"), "must be a string or an array of strings");
            }
        } else {
            source = readFile(file.get(), o.at("file"));
        }
        long limit = o.optLong("instructionLimit", 1_000, Long.MAX_VALUE).orElse(JavaScript.DEFAULT_INSTRUCTION_LIMIT);
        Duration time = o.optDuration("timeLimit", false).orElse(JavaScript.DEFAULT_TIME_LIMIT);
        try {
            return new JavaScript(source, limit, time);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(o.at(inline.isPresent() ? "source" : "file"), e.getMessage(), e);
        }
    }

    private PayloadGenerator replay(JsonObject o) {
        String file = o.string("file");
        Replay.Mode mode = o.optText("match", m -> switch (m) {
            case "devEui" -> Replay.Mode.MATCH_DEV_EUI;
            case "inOrder" -> Replay.Mode.IN_ORDER;
            default -> throw new IllegalArgumentException(m);
        }, "must be \"devEui\" or \"inOrder\"").orElse(Replay.Mode.MATCH_DEV_EUI);
        try {
            return Replay.fromJsonl(new java.io.StringReader(readFile(file, o.at("file"))), mode);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(o.at("file"), e.getMessage(), e);
        }
    }

    /// {@return the text of file `name`}, resolved against the scenario's directory; `path` names it in errors
    String readFile(String name, String path) {
        if (!filesAllowed) {
            throw new ScenarioException(path, "a scenario sent over HTTP cannot read files on the server; "
                    + "give the content inline (devices: rows; javascript payloads: source) or run it with lorabench sim run");
        }
        Path p = baseDir.map(b -> b.resolve(name)).orElse(Path.of(name));
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(path, "cannot read " + p + ": " + e.getMessage(), e);
        }
    }
}
