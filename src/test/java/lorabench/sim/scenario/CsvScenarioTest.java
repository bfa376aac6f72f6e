// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.MacVersion;
import org.junit.jupiter.api.Test;

/// Scenario `devices` entries that take their devices from CSV (a file or inline rows).
class CsvScenarioTest {
    static final String K1 = "2B7E151628AED2A6ABF7158809CF4F3C";

    private static String scenario(String csvEntry) {
        return """
                {"name": "csv", "seed": 5, "duration": "1h",
                 "gateways": [{"eui": "B827EBFFFE000001", "latitude": 45, "longitude": 5}],
                 "devices": [
                   {"name": "t", "count": 2, "devEui": {"prefix": "70B3D57E00"},
                    "placement": {"type": "point", "latitude": 45, "longitude": 5},
                    "uplink": {"interval": "5m"}, "payload": {"type": "fixed", "hex": "01"}},
                   %s]}""".formatted(csvEntry);
    }

    @Test
    void theSampleReadsItsCsvFileNextToTheScenario() {
        Scenario s = new ScenarioParser().parse(Path.of("scenarios", "csv-fleet.json"));
        Expansion x = ScenarioExpansion.expand(s);
        assertEquals(3, x.devices().size());
        DeviceSpec otaa11 = x.devices().get(1);
        assertEquals("fleet", otaa11.template());
        assertEquals(MacVersion.V1_1, otaa11.identity().macVersion());
        assertTrue(otaa11.identity().nwkKey().isPresent());
        assertEquals(3, otaa11.uplink().fPort());
        // rows 1 has its own position; the others are placed by the entry's circle, within 500 m of the gateway
        assertEquals(48.8590, x.devices().getFirst().position().orElseThrow().latitude(), 1e-9);
        Position gw = x.gateways().getFirst().position();
        for (DeviceSpec d : x.devices().subList(1, 3)) {
            Position p = d.position().orElseThrow();
            assertTrue(new lorabench.sim.radio.Position(p.latitude(), p.longitude(), 0)
                    .distanceTo(new lorabench.sim.radio.Position(gw.latitude(), gw.longitude(), 0)) <= 500.5);
        }
        assertEquals(Optional.of(DevAddr.parse("26011C03")), x.devices().get(2).identity().devAddr());
        assertTrue(x.devices().get(2).joinAt().isEmpty(), "ABP devices do not join");
    }

    @Test
    void inlineRowsComeAfterTheTemplatesAndAreDeterministic() {
        String text = scenario("""
                {"name": "imported", "rows": ["devEui,appKey,latitude,longitude",
                   "0004A30B001C0530,%s,45.001,5.001", "0004A30B001C0531,%s,45.002,5.002"],
                 "uplink": {"interval": "2m", "fPort": 9}, "txPower": 10, "dataRate": 3}""".formatted(K1, K1));
        Expansion x = ScenarioExpansion.expand(new ScenarioParser().parse(text, Optional.empty()));
        assertEquals(4, x.devices().size());
        assertEquals(4, x.scenario().deviceCount());
        DeviceSpec d = x.devices().get(2);
        assertEquals(2, d.index());
        assertEquals("imported", d.template());
        assertEquals("0004A30B001C0530", d.identity().devEui().toString());
        assertEquals(9, d.uplink().fPort());
        assertEquals(10, d.txPowerDbm());
        assertEquals(3, d.dataRate().getAsInt());
        assertEquals(x.fingerprint(), ScenarioExpansion.expand(new ScenarioParser().parse(text, Optional.empty()))
                .fingerprint());
    }

    @Test
    void everyBadRowFailsTheScenarioNamingItsLineAndField() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioParser().parse(scenario("""
                {"rows": "devEui,appKey\\n0004A30B001C0530,%s\\n0004A30B001C0531,XYZ\\n00000000000001,%s\\n"}"""
                .formatted(K1, K1)), Optional.empty()));
        assertEquals("devices[1].rows", e.path());
        assertTrue(e.reason().startsWith("2 bad row(s): line 3, appKey"), e.reason());
        assertTrue(e.reason().contains("line 4, devEui"), e.reason());
    }

    @Test
    void refusesDuplicatesAcrossEntriesAndMalformedEntries() {
        String dup = scenario("""
                {"rows": ["devEui,appKey", "70B3D57E00000001,%s"]}""".formatted(K1));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioExpansion.expand(new ScenarioParser().parse(dup, Optional.empty())));
        assertTrue(e.reason().contains("70B3D57E00000001"), e.reason());
        for (String bad : List.of("{\"csv\": \"a.csv\", \"rows\": \"devEui\"}", "{\"rows\": 3}",
                "{\"rows\": \"devEui,appKey\\n\"}", "{\"rows\": \"devEui\\n0000000000000001\", \"colour\": 1}",
                "{\"csv\": \"no-such-file.csv\"}")) {
            ScenarioException x = assertThrows(ScenarioException.class,
                    () -> new ScenarioParser().parse(scenario(bad), Optional.empty()), bad);
            assertTrue(x.path().startsWith("devices[1]"), x.path() + " for " + bad);
        }
    }

    @Test
    void aScenarioSentOverHttpMayNotReadServerFilesButMayCarryRows() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioParser()
                .parseSelfContained(scenario("{\"csv\": \"/etc/passwd\"}")));
        assertEquals("devices[1].csv", e.path());
        assertTrue(e.reason().contains("cannot read files on the server"), e.reason());
        String js = scenario("{\"name\": \"x\", \"count\": 1, \"placement\": {\"type\": \"point\", "
                + "\"latitude\": 45, \"longitude\": 5}, \"uplink\": {\"interval\": \"5m\"}, "
                + "\"payload\": {\"type\": \"javascript\", \"file\": \"gen.js\"}}");
        assertThrows(ScenarioException.class, () -> new ScenarioParser().parseSelfContained(js));
        String rows = scenario("""
                {"name": "imported", "rows": ["devEui,appKey", "0004A30B001C0530,%s"],
                 "uplink": {"interval": "2m"}}""".formatted(K1));
        assertEquals(3, ScenarioExpansion.expand(new ScenarioParser().parseSelfContained(rows)).devices().size());
    }
}
