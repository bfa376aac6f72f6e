// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.gateway;

import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.DownlinkHandler;
import lorabench.packetforwarder.Rxpk;
import lorabench.packetforwarder.Stat;

/// A virtual gateway's connection to a network server: PUSH_DATA upwards, PULL_RESP handed to a [DownlinkHandler]
/// downwards. Implementations: [InMemoryGatewayLink] and [UdpGatewayLink].
public interface GatewayUplinkLink extends AutoCloseable {

    /// Sends one PUSH_DATA.
    void push(List<Rxpk> rxpk, Optional<Stat> stat);

    @Override
    void close();

    /// Opens a link for one gateway.
    @FunctionalInterface
    interface Opener {
        GatewayUplinkLink open(Eui64 gateway, DownlinkHandler handler);
    }
}
