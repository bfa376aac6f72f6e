// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import lorabench.app.LoraBenchServer;
import lorabench.app.ServerOptions;
import lorabench.clock.RealTimeScheduler;
import lorabench.server.provisioning.DeviceInput;
import lorabench.sim.Simulation;
import lorabench.sim.radio.PathLossModel;

/// A real embedded server on ephemeral ports in a temporary directory, with an in-process simulator whose virtual
/// gateways reach it over UDP on 127.0.0.1: what the GUI composes, for tests.
final class EmbeddedBench implements AutoCloseable {
    final LoraBenchServer server;
    final RealTimeScheduler scheduler = new RealTimeScheduler("bench-test-sim");
    final SimulatedDevices simulator;
    final DeviceDirectory directory;

    EmbeddedBench(Path data) {
        server = LoraBenchServer.start(ServerOptions.defaults(data).withEphemeralPorts().withAdminPassword("secret"));
        simulator = new SimulatedDevices(new Simulation(scheduler, 7, PathLossModel.deterministic(2.7),
                Optional.empty()), () -> new InetSocketAddress("127.0.0.1", server.udpPort()), new SplittableRandom(3));
        directory = new DeviceDirectory(server.database(), server.server(), simulator::isVirtual);
    }

    static DeviceInput otaa(String devEui, String name) {
        return DeviceInput.of(Map.of("devEui", devEui, "name", name, "activation", "OTAA", "macVersion", "1.0.4",
                "region", "EU868", "deviceClass", "A", "joinEui", "70B3D57ED0000001",
                "appKey", "2B7E151628AED2A6ABF7158809CF4F3C"));
    }

    @Override
    public void close() {
        simulator.close();
        scheduler.close();
        server.close();
    }
}
