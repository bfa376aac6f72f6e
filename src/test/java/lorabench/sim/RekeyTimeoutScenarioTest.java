// SPDX-License-Identifier: Apache-2.0
package lorabench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.sim.gateway.InMemoryGatewayLink;
import lorabench.sim.run.InitialStates;
import lorabench.sim.run.RunReport;
import lorabench.sim.run.ScenarioRunner;
import lorabench.sim.scenario.ScenarioExpansion;
import lorabench.sim.scenario.ScenarioParser;
import org.junit.jupiter.api.Test;

/// A scenario's 1.1 device behind a network server that never answers RekeyInd (the scripted [TestNetworkServer]):
/// after ADR_ACK_LIMIT uplinks it reverts to the Join state (L2 1.1 §5.10), and the scenario joins it again.
class RekeyTimeoutScenarioTest {

    @Test
    void aDeviceWhoseRekeyIndIsNeverAnsweredJoinsAgainEvery64Uplinks() {
        SimHarness h = new SimHarness();
        String text = """
                {"name": "rekey", "seed": 3, "duration": "3h", "clock": "virtual",
                 "gateways": [{"eui": "B827EBFFFE000009", "latitude": 40.0, "longitude": 2.35, "altitude": 30}],
                 "devices": [{"name": "v11", "count": 1, "devEui": ["70B3D57ED0000777"],
                   "activation": "OTAA", "macVersion": "1.1", "region": "EU868", "deviceClass": "A",
                   "joinEui": "70B3D57ED0000001",
                   "keys": {"appKey": "%s", "nwkKey": "%s"},
                   "placement": {"type": "point", "latitude": 48.8566, "longitude": 2.3660, "altitude": 2},
                   "uplink": {"interval": "60s", "jitter": 0, "fPort": 2},
                   "payload": {"type": "counter", "width": 2},
                   "join": {"atStart": true}}]}""".formatted(SimHarness.APP_KEY.toHex(),
                SimHarness.NWK_KEY.toHex());
        var expansion = ScenarioExpansion.expand(new ScenarioParser().parse(text, Optional.empty()));
        h.server.provision(Eui64.parse("70B3D57ED0000777"), SimHarness.APP_KEY, SimHarness.NWK_KEY, MacVersion.V1_1);
        var runner = new ScenarioRunner(h.sim, expansion, InMemoryGatewayLink.opener(h.hub), new InitialStates());

        RunReport report = runner.runVirtual(h.scheduler, Duration.ofMinutes(10), r -> { });

        Map<DevAddr, Integer> uplinksPerSession = new LinkedHashMap<>();
        for (var u : h.server.uplinks) {
            assertTrue(u.mac().contains(new MacCommand.RekeyInd(1)),
                    "every uplink of an unconfirmed session carries RekeyInd");
            uplinksPerSession.merge(u.devAddr(), 1, Integer::sum);
        }
        List<Integer> counts = List.copyOf(uplinksPerSession.values());
        assertEquals(3, report.joins(), "the first join, then one after each 64 unanswered uplinks: " + counts);
        assertEquals(3, counts.size());
        assertEquals(64, counts.get(0));
        assertEquals(64, counts.get(1));
        assertTrue(counts.get(2) > 0 && counts.get(2) <= 64, counts.toString());
    }
}
