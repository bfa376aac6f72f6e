// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lorabench.lorawan.types.Eui64;
import lorabench.sim.run.RunReport;
import lorabench.sim.scenario.ClockMode;
import lorabench.sim.scenario.Expansion;
import lorabench.sim.scenario.ScenarioExpansion;
import lorabench.sim.scenario.ScenarioParser;
import lorabench.store.DeviceRepository;
import lorabench.ui.scenarios.ScenarioEngine;
import lorabench.ui.scenarios.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The GUI's scenario engine on real time against a running server: the scenario's devices are provisioned there, and
/// a second run of the same OTAA scenario joins again (its devices start from DevNonce 0 each run).
class GuiScenarioEngineTest {
    private static final long TIMEOUT_S = 90;

    @TempDir
    Path data;

    @Test
    void realTimeRunsProvisionTheirDevicesAndASecondRunJoinsAgain() throws Exception {
        Expansion tiny = ScenarioExpansion.expand(new ScenarioParser().parse(TestScenarios.TINY, Optional.empty()));
        try (LoraBenchServer server = LoraBenchServer.start(ServerOptions.defaults(data).withEphemeralPorts());
                GuiScenarioEngine engine = new GuiScenarioEngine(CompletableFuture.completedFuture(server))) {
            for (int run = 1; run <= 2; run++) {
                CompletableFuture<RunReport> joined = new CompletableFuture<>();
                ScenarioEngine.Run r = engine.start(tiny, ClockMode.REAL, p -> {
                    if (p.joins() == 2) {
                        joined.complete(p);
                    }
                });
                try {
                    joined.get(TIMEOUT_S, TimeUnit.SECONDS);
                } finally {
                    r.cancel();
                }
                RunReport end = r.finished().get(TIMEOUT_S, TimeUnit.SECONDS);
                assertEquals("stopped", end.state(), "run " + run);
                assertEquals(2, end.joins(), "run " + run + " joined both devices");
            }
            DeviceRepository devices = new DeviceRepository(server.database());
            assertTrue(devices.find(Eui64.parse("70B3D57ED0AA0001")).isPresent());
            assertTrue(devices.find(Eui64.parse("70B3D57ED0AA0002")).isPresent());
        }
    }
}
