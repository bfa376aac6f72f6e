// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import org.junit.jupiter.api.Test;

class ScenarioExpansionTest {
    static Scenario sample(String name) {
        return new ScenarioParser().parse(Path.of("scenarios", name));
    }

    static Scenario parse(ObjectNode root) {
        return new ScenarioParser().parse(root.toString(), Optional.empty());
    }

    @Test
    void theSameSeedGivesAByteIdenticalExpansion() {
        Expansion a = ScenarioExpansion.expand(sample("demo-eu868.json"));
        Expansion b = ScenarioExpansion.expand(sample("demo-eu868.json"));
        assertEquals(a.canonicalText(), b.canonicalText());
        assertEquals(a.devices(), b.devices());
        assertEquals(a.fingerprint(), b.fingerprint());
    }

    @Test
    void theFingerprintOfTheDemoIsStable() {
        // Golden value: changes only when the expansion algorithm (or the demo) changes on purpose.
        assertEquals(DEMO_FINGERPRINT, ScenarioExpansion.expand(sample("demo-eu868.json")).fingerprint());
    }

    static final String DEMO_FINGERPRINT = "1A987F4A738B18347B899D5FDE0DAA4474C8A2B78F052E71337C361EAC2CD37B";

    @Test
    void anotherSeedGivesOtherKeysPositionsAndTiming() {
        ObjectNode root = ScenarioParserTest.base();
        Expansion a = ScenarioExpansion.expand(parse(root));
        root.put("seed", 2);
        Expansion b = ScenarioExpansion.expand(parse(root));
        assertEquals(a.devices().getFirst().identity().devEui(), b.devices().getFirst().identity().devEui());
        assertNotEquals(a.devices().getFirst().identity().appKey(), b.devices().getFirst().identity().appKey());
        assertNotEquals(a.devices().getFirst().position(), b.devices().getFirst().position());
    }

    @Test
    void reorderingTemplatesChangesOnlyTheGlobalIndex() {
        ObjectNode root = ScenarioParserTest.base();
        Expansion a = ScenarioExpansion.expand(parse(root));
        ArrayNode devices = (ArrayNode) root.get("devices");
        var first = devices.remove(0);
        devices.add(first);
        Expansion b = ScenarioExpansion.expand(parse(root));
        for (DeviceSpec d : a.devices()) {
            DeviceSpec e = b.devices().stream().filter(x -> x.identity().equals(d.identity())).findFirst()
                    .orElseThrow();
            assertEquals(d.position(), e.position());
            assertEquals(d.joinAt(), e.joinAt());
            assertEquals(d.firstUplinkAt(), e.firstUplinkAt());
            assertEquals(d.randomSeed(), e.randomSeed());
        }
        assertEquals(0, b.devices().getFirst().index());
        assertEquals("b", b.devices().getFirst().template());
    }

    @Test
    void placesDevicesWithinTheCircleAndSpreadsJoins() {
        Scenario s = sample("load-10k.json");
        Expansion x = ScenarioExpansion.expand(s);
        assertEquals(10_000, x.devices().size());
        assertEquals(20, x.gateways().size());
        Position center = new Position(51.5074, -0.1278, 0);
        double farthest = 0;
        var euis = new HashSet<Eui64>();
        for (DeviceSpec d : x.devices()) {
            double r = d.position().orElseThrow().distanceTo(center);
            assertTrue(r <= 9000 + 1e-6, "device " + d.index() + " at " + r + " m");
            farthest = Math.max(farthest, r);
            assertTrue(d.joinAt().orElseThrow().compareTo(Duration.ofMinutes(30)) < 0);
            assertTrue(d.firstUplinkAt().compareTo(d.uplink().interval()) < 0);
            assertTrue(euis.add(d.identity().devEui()));
        }
        assertTrue(farthest > 8500, "area-uniform placement reaches the rim: " + farthest);
        assertEquals("meter-00001", x.devices().getFirst().identity().name());
        assertEquals(Eui64.parse("70B3D57E00000001"), x.devices().getFirst().identity().devEui());
        assertEquals("sensor-2000", x.devices().getLast().identity().name());
    }

    @Test
    void placesGridsAtTheirSpacing() {
        Expansion x = ScenarioExpansion.expand(sample("load-10k.json"));
        List<GatewaySpec> g = x.gateways();
        assertEquals(Eui64.parse("B827EBFFFF000001"), g.getFirst().eui());
        assertEquals(3000, g.get(0).position().distanceTo(g.get(1).position()), 1);
        assertEquals(3000, g.get(0).position().distanceTo(g.get(5).position()), 1);
        Position center = new Position(51.5074, -0.1278, 25);
        // 4 rows x 5 columns: the corner is 1.5 spacings north and 2 west of the centre
        assertEquals(Math.hypot(4500, 6000), g.get(0).position().distanceTo(center), 5);
    }

    @Test
    void abpDevicesCountTheirAddressesAndGetSessionKeys() {
        Expansion x = ScenarioExpansion.expand(sample("class-c-1.1.json"));
        DeviceSpec meter = x.devices().stream().filter(d -> d.template().equals("meter")).toList().get(1);
        assertEquals(Optional.of(DevAddr.parse("26011001")), meter.identity().devAddr());
        assertTrue(meter.identity().fNwkSIntKey().isPresent() && meter.identity().appSKey().isPresent());
        assertTrue(meter.identity().appKey().isEmpty());
        assertTrue(meter.joinAt().isEmpty());
        DeviceSpec actuator = x.devices().getFirst();
        assertEquals("actuator-1", actuator.identity().name());
        assertEquals("2B7E151628AED2A6ABF7158809CF4F3C", actuator.identity().appKey().orElseThrow().toHex());
    }

    @Test
    void rejectsADevEuiUsedTwice() {
        ObjectNode root = ScenarioParserTest.base();
        ((ObjectNode) root.at("/devices/1/devEui")).put("prefix", "AA00000000");
        var e = assertThrows(ScenarioException.class, () -> ScenarioExpansion.expand(parse(root)));
        assertEquals("devices[1].devEui: DevEUI AA00000000000001 is also used by devices[0]", e.getMessage());
    }

    @Test
    void namesDevicesFromThePattern() {
        ObjectNode root = ScenarioParserTest.base();
        ((ObjectNode) root.at("/devices/0")).put("namePattern", "{template}/{index:03}/{devEui}/{index}");
        Expansion x = ScenarioExpansion.expand(parse(root));
        assertEquals("a/002/AA00000000000002/2", x.devices().get(1).identity().name());
    }
}
