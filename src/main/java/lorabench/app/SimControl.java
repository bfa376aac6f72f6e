// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import lorabench.api.http.HttpModule;
import lorabench.api.simctl.SimControlModule;
import lorabench.sim.control.ScenarioLauncher;
import lorabench.sim.control.SimulatorService;
import lorabench.sim.run.RunReport;
import lorabench.sim.scenario.ClockMode;
import lorabench.sim.scenario.Expansion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Wires the simulator's HTTP control API (`/api/sim`) to this server: virtual gateways reach its UDP port, and
/// scenarios started over HTTP run in the background, on real time against this server (their devices provisioned
/// in its store first) or on virtual time against an embedded server of their own.
final class SimControl {
    private static final Logger LOG = LoggerFactory.getLogger(SimControl.class);

    private SimControl() {}

    static HttpModule create(AppContext c) {
        int udp = c.server().udp().map(u -> u.port()).orElse(c.options().udpPort());
        String host = c.options().bindAddress().equals("0.0.0.0") ? "127.0.0.1" : c.options().bindAddress();
        InetSocketAddress self = new InetSocketAddress(host, udp);
        ScenarioLauncher launcher = e -> launch(c, self, e);
        return new SimControlModule(new SimulatorService(c.scheduler(), c.random().nextLong(), self, launcher));
    }

    private static ScenarioLauncher.Run launch(AppContext c, InetSocketAddress self, Expansion e) {
        EmbeddedScenario run;
        if (e.scenario().clock() == ClockMode.VIRTUAL) {
            run = EmbeddedScenario.virtual(e);
        } else {
            ScenarioProvisioning.provisionForRun(c.database(), e.devices());
            run = EmbeddedScenario.realTime(e, Optional.of(self));
        }
        Thread.ofVirtual().name("scenario-" + e.scenario().name()).start(() -> {
            try (run) {
                run.run(Duration.ofMinutes(1), Duration.ofSeconds(5), r -> { });
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException x) {
                LOG.error("scenario {} failed", e.scenario().name(), x);
            }
        });
        return new ScenarioLauncher.Run() {
            @Override
            public RunReport report() {
                return run.runner().report();
            }

            @Override
            public void cancel() {
                run.cancel();
            }
        };
    }
}
