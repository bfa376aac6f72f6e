// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import lorabench.packetforwarder.Rxpk;
import lorabench.packetforwarder.Stat;
import lorabench.packetforwarder.UdpGatewayClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// A gateway link over the Semtech UDP protocol to any network server (LoRaBench's, ChirpStack, The Things Stack),
/// on real time. PUSH_DATA that is not acknowledged is logged, not retried, as the Semtech forwarder does.
public final class UdpGatewayLink implements GatewayUplinkLink {
    private static final Logger LOG = LoggerFactory.getLogger(UdpGatewayLink.class);

    private final UdpGatewayClient client;

    private UdpGatewayLink(UdpGatewayClient client) {
        this.client = client;
    }

    /// {@return an opener connecting gateways to `server`}
    /// @throws UncheckedIOException from [Opener#open] when the socket cannot be opened
    public static Opener opener(InetSocketAddress server, UdpGatewayClient.Options options, InstantSource clock,
            RandomGenerator random) {
        return (gateway, handler) -> {
            try {
                return new UdpGatewayLink(UdpGatewayClient.connect(gateway, server, options, handler, clock, random));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the gateway link to " + server, e);
            }
        };
    }

    public UdpGatewayClient client() {
        return client;
    }

    @Override
    public void push(List<Rxpk> rxpk, Optional<Stat> stat) {
        client.push(rxpk, stat).exceptionally(e -> {
            LOG.debug("gateway {}: PUSH_DATA not acknowledged: {}", client.gateway(), e.toString());
            return null;
        });
    }

    @Override
    public void close() {
        client.close();
    }
}
