// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;

/// Reads one entry of a scenario's `devices` list.
final class TemplateParser {
    static final int MAX_DEVICES_PER_TEMPLATE = 1_000_000;

    private final PayloadParser payloads;

    TemplateParser(PayloadParser payloads) {
        this.payloads = payloads;
    }

    DeviceTemplate template(JsonObject o, int index) {
        String name = o.string("name", "template" + (index + 1));
        Optional<Integer> count = o.optLong("count", 1, MAX_DEVICES_PER_TEMPLATE).map(Long::intValue);
        JsonNode euiNode = o.req("devEui");
        DevEuiSource devEuis;
        int n;
        if (euiNode.isArray()) {
            List<Eui64> list = new ArrayList<>();
            for (int i = 0; i < euiNode.size(); i++) {
                try {
                    list.add(Eui64.parse(euiNode.get(i).asText()));
                } catch (IllegalArgumentException e) {
                    throw new ScenarioException(o.at("devEui") + "[" + i + "]", "must be an EUI-64 of 16 hex digits");
                }
            }
            if (list.isEmpty() || (count.isPresent() && count.get() != list.size())) {
                throw new ScenarioException(o.at("count"), "must equal the number of listed DevEUIs ("
                        + list.size() + ")");
            }
            devEuis = new DevEuiSource.Explicit(list);
            n = list.size();
        } else {
            JsonObject e = JsonObject.of(euiNode, o.at("devEui"));
            EuiPattern pattern = euiPattern(e, "prefix", "start");
            e.finish();
            n = count.orElseThrow(() -> new ScenarioException(o.at("count"), "is required with a DevEUI prefix"));
            if (pattern.capacity() < n) {
                throw new ScenarioException(o.at("devEui"), "prefix " + pattern.prefix().toHex() + " leaves room for "
                        + pattern.capacity() + " devices from start " + pattern.start() + ", count is " + n);
            }
            devEuis = new DevEuiSource.Counter(pattern);
        }
        String namePattern = o.string("namePattern", "{template}-{index}");
        Activation activation = o.optText("activation", Activation::valueOf, "must be \"OTAA\" or \"ABP\"")
                .orElse(Activation.OTAA);
        MacVersion version = o.optText("macVersion", MacVersion::parse, "must be 1.0.0 ... 1.0.4 or 1.1")
                .orElse(MacVersion.V1_0_4);
        BandId region = o.optText("region", BandId::parse, "must be a band name like EU868, US915, AS923-1")
                .orElse(BandId.EU868);
        DeviceClass deviceClass = o.optText("deviceClass", DeviceClass::valueOf, "must be \"A\", \"B\" or \"C\"")
                .orElse(DeviceClass.A);
        Eui64 joinEui = o.optText("joinEui", Eui64::parse, "must be an EUI-64 of 16 hex digits")
                .orElse(new Eui64(0));
        KeySource keys = o.opt("keys").map(k -> keys(k, o.at("keys"))).orElse(new KeySource.Generate());
        Optional<DevAddr> devAddrStart = o.optText("devAddrStart", DevAddr::parse, "must be a DevAddr of 8 hex digits");
        checkActivation(o, activation, version, keys, devAddrStart, n);
        Placement placement = placement(o.object("placement"));
        checkCapacity(placement, n, o.at("placement"));
        int txPower = o.intValue("txPower", -10, 36, 14);
        boolean adr = o.bool("adr", true);
        OptionalInt dataRate = o.optLong("dataRate", 0, 15).map(d -> OptionalInt.of(d.intValue()))
                .orElse(OptionalInt.empty());
        UplinkSchedule uplink = uplink(o.object("uplink"));
        var payload = payloads.generator(o.object("payload"));
        Behaviour behaviour = o.optObject("behaviour").map(TemplateParser::behaviour).orElse(Behaviour.DEFAULT);
        JoinPlan join = o.optObject("join").map(TemplateParser::join).orElse(JoinPlan.DEFAULT);
        o.finish();
        return new DeviceTemplate(name, n, devEuis, namePattern, activation, version, region, deviceClass, joinEui,
                keys, devAddrStart, placement, txPower, adr, dataRate, uplink, payload, behaviour, join);
    }

    private static void checkActivation(JsonObject o, Activation activation, MacVersion version, KeySource keys,
                                        Optional<DevAddr> devAddrStart, int count) {
        if (activation == Activation.ABP) {
            DevAddr start = devAddrStart.orElseThrow(() -> new ScenarioException(o.at("devAddrStart"),
                    "is required for ABP (the first device's DevAddr; the others count up from it)"));
            if (Long.compareUnsigned(start.unsigned() + count - 1, 0xFFFF_FFFFL) > 0) {
                throw new ScenarioException(o.at("devAddrStart"), "leaves no room for " + count + " devices");
            }
        } else if (devAddrStart.isPresent()) {
            throw new ScenarioException(o.at("devAddrStart"), "is only for ABP devices");
        }
        if (keys instanceof KeySource.Fixed f) {
            String missing = DeviceIdentity.missingKey(activation, version, f.appKey(), f.nwkKey(),
                    Optional.of(new DevAddr(0)), f.nwkSKey(), f.appSKey(), f.fNwkSIntKey(), f.sNwkSIntKey(),
                    f.nwkSEncKey());
            if (missing != null) {
                throw new ScenarioException(o.at("keys") + "." + missing.substring(0, missing.indexOf(':')),
                        missing.substring(missing.indexOf(':') + 2) + " (or use \"keys\": \"generate\")");
            }
        }
    }

    private static KeySource keys(JsonNode node, String path) {
        if (node.isTextual() && node.asText().equals("generate")) {
            return new KeySource.Generate();
        }
        if (!node.isObject()) {
            throw new ScenarioException(path, "must be \"generate\" or an object of fixed keys");
        }
        JsonObject k = JsonObject.of(node, path);
        String expected = "must be an AES-128 key of 32 hex digits";
        var f = new KeySource.Fixed(k.optText("appKey", AesKey::parse, expected),
                k.optText("nwkKey", AesKey::parse, expected), k.optText("nwkSKey", AesKey::parse, expected),
                k.optText("appSKey", AesKey::parse, expected), k.optText("fNwkSIntKey", AesKey::parse, expected),
                k.optText("sNwkSIntKey", AesKey::parse, expected), k.optText("nwkSEncKey", AesKey::parse, expected));
        k.finish();
        return f;
    }

    static EuiPattern euiPattern(JsonObject o, String prefixField, String startField) {
        Bytes prefix = o.text(prefixField, Bytes::fromHex, "must be 0 to 7 bytes of hex (up to 14 digits)");
        if (prefix.size() > 7) {
            throw new ScenarioException(o.at(prefixField), "must be 0 to 7 bytes of hex (up to 14 digits)");
        }
        long start = o.optLong(startField, 0, Long.MAX_VALUE).orElse(1L);
        try {
            return new EuiPattern(prefix, start);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(o.at(startField), e.getMessage(), e);
        }
    }

    static Position position(JsonObject o) {
        return new Position(o.doubleValue("latitude", -90, 90), o.doubleValue("longitude", -180, 180),
                o.doubleValue("altitude", -500, 10_000, 0));
    }

    static Placement placement(JsonObject o) {
        String type = o.string("type");
        Placement p = switch (type) {
            case "point" -> new Placement.At(position(o));
            case "circle" -> new Placement.Circle(position(o), o.doubleValue("radius", 1, 1_000_000));
            case "grid" -> new Placement.Grid(position(o), o.intValue("rows", 1, 10_000),
                    o.intValue("columns", 1, 10_000), o.doubleValue("spacing", 1, 100_000));
            default -> throw new ScenarioException(o.at("type"), "unknown placement '" + type
                    + "' (expected point, circle or grid)");
        };
        o.finish();
        return p;
    }

    static void checkCapacity(Placement p, int count, String path) {
        if (p instanceof Placement.Grid g && (long) g.rows() * g.columns() < count) {
            throw new ScenarioException(path, "a " + g.rows() + "x" + g.columns() + " grid holds "
                    + (long) g.rows() * g.columns() + ", count is " + count);
        }
    }

    static UplinkSchedule uplink(JsonObject o) {
        var u = new UplinkSchedule(o.duration("interval"), o.doubleValue("jitter", 0, 100, 10),
                o.doubleValue("confirmedRatio", 0, 1, 0), o.intValue("fPort", 1, 223, 1));
        o.finish();
        return u;
    }

    static Behaviour behaviour(JsonObject o) {
        var b = new Behaviour(o.bool("ackDownlinks", true), o.intValue("battery", 0, 255, 255),
                o.intValue("margin", -32, 31, 10));
        o.finish();
        return b;
    }

    static JoinPlan join(JsonObject o) {
        var j = new JoinPlan(o.bool("atStart", true), o.optDuration("spread", true).orElse(java.time.Duration.ZERO));
        o.finish();
        return j;
    }
}
