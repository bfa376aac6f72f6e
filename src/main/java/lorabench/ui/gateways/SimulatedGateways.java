// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.Stat;
import lorabench.sim.gateway.VirtualGateway;
import lorabench.store.Position;
import lorabench.ui.devices.SimulatedDevices;

/// [VirtualGateways] over the GUI's in-process simulator (the one the Devices screen puts virtual devices in).
public final class SimulatedGateways implements VirtualGateways {
    private final SimulatedDevices simulator;

    public SimulatedGateways(SimulatedDevices simulator) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
    }

    @Override
    public List<VirtualGatewayStatus> gateways() {
        return simulator.virtualGateways().stream().map(SimulatedGateways::status).toList();
    }

    private static VirtualGatewayStatus status(VirtualGateway g) {
        Stat s = g.stat();
        return new VirtualGatewayStatus(g.config().eui(), store(g.config().position()), s.rxnb(), s.rxfw(), s.dwnb(),
                s.txnb(), g.refusedDownlinks());
    }

    @Override
    public Map<Eui64, Position> devicePositions() {
        Map<Eui64, Position> out = new HashMap<>();
        simulator.devicePositions().forEach((eui, p) -> out.put(eui, store(p)));
        return out;
    }

    @Override
    public Position suggestedPosition() {
        return store(simulator.nextGatewaySite());
    }

    @Override
    public CompletableFuture<Eui64> add(Eui64 eui, Position at) {
        return simulator.addGateway(eui, new lorabench.sim.radio.Position(at.latitude(), at.longitude(),
                at.altitude()));
    }

    private static Position store(lorabench.sim.radio.Position p) {
        return new Position(p.latitude(), p.longitude(), p.altitude());
    }
}
