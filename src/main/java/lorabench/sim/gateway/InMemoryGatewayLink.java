// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.gateway;

import java.util.List;
import java.util.Optional;
import lorabench.packetforwarder.InMemoryGatewayHub;
import lorabench.packetforwarder.Rxpk;
import lorabench.packetforwarder.Stat;

/// A gateway link through an [InMemoryGatewayHub]: for virtual time, with the network server in the same JVM.
public final class InMemoryGatewayLink implements GatewayUplinkLink {
    private final InMemoryGatewayHub.Connection connection;

    private InMemoryGatewayLink(InMemoryGatewayHub.Connection connection) {
        this.connection = connection;
    }

    /// {@return an opener connecting gateways to `hub`}
    public static Opener opener(InMemoryGatewayHub hub) {
        return (gateway, handler) -> new InMemoryGatewayLink(hub.connect(gateway, handler));
    }

    @Override
    public void push(List<Rxpk> rxpk, Optional<Stat> stat) {
        connection.push(rxpk, stat);
    }

    @Override
    public void close() {
        connection.close();
    }
}
