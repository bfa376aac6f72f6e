// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import lorabench.clock.TaskScheduler;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.Datagram.PullData;
import lorabench.packetforwarder.Datagram.PullResp;
import lorabench.packetforwarder.Datagram.PushData;
import lorabench.packetforwarder.Datagram.TxAck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The Semtech UDP protocol without sockets: gateways and one network-side [GatewayListener] in the same JVM,
/// for accelerated virtual time.
///
/// ## Decisions
/// - **Encoded datagrams.** Every PUSH_DATA, PULL_DATA, PULL_RESP and TX_ACK is encoded with
///   [PacketForwarderCodec] and decoded again on the other side, so the in-memory path exercises exactly the
///   bytes the UDP path sends, and nothing a UDP gateway could not say can pass.
/// - **Delivery through the scheduler.** Each datagram is handed over by a task scheduled with zero delay on the
///   [TaskScheduler], never by a direct call: a listener answering an uplink with a PULL_RESP is never re-entered,
///   and on a virtual-time scheduler the order of deliveries is the order of sending, run after run.
/// - **No loss, no acknowledgements.** PUSH_ACK and PULL_ACK carry nothing the other side needs in memory, so they
///   are not modelled; connecting a gateway plays its first PULL_DATA (the listener's
///   [GatewayListener#onGatewayConnected] sees the unresolved address `in-memory:<EUI>`).
public final class InMemoryGatewayHub implements DownlinkPath {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryGatewayHub.class);

    private final TaskScheduler scheduler;
    private final GatewayListener listener;
    private final RandomGenerator random;
    private final Map<Eui64, Connection> gateways = new ConcurrentHashMap<>();

    /// @param random source of the PULL_RESP and PUSH_DATA tokens; pass a seeded generator for repeatable runs
    public InMemoryGatewayHub(TaskScheduler scheduler, GatewayListener listener, RandomGenerator random) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.random = Objects.requireNonNull(random, "random");
    }

    /// Connects gateway `gateway`, whose PULL_RESPs `handler` answers; replaces an earlier connection of the same
    /// EUI. {@return the gateway's end of the link}
    public Connection connect(Eui64 gateway, DownlinkHandler handler) {
        Connection c = new Connection(gateway, handler);
        gateways.put(gateway, c);
        byte[] pull = PacketForwarderCodec.encode(new PullData(token(), gateway));
        deliver(() -> toNetwork(pull));
        return c;
    }

    /// {@return the EUIs of the connected gateways}
    public List<Eui64> gateways() {
        return List.copyOf(gateways.keySet());
    }

    @Override
    public PullRespResult sendPullResp(Eui64 gateway, Txpk txpk) {
        Objects.requireNonNull(txpk, "txpk");
        Connection c = gateways.get(gateway);
        if (c == null) {
            return new PullRespResult.NoPullAddress(gateway);
        }
        int token = token();
        byte[] bytes = PacketForwarderCodec.encode(new PullResp(token, txpk));
        deliver(() -> c.fromNetwork(bytes));
        return new PullRespResult.Sent(token, c.address);
    }

    private int token() {
        synchronized (random) {
            return random.nextInt(0x10000);
        }
    }

    private void deliver(Runnable task) {
        scheduler.schedule(Duration.ZERO, () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("in-memory gateway hub: delivery failed", e);
            }
        });
    }

    private void toNetwork(byte[] bytes) {
        Datagram d;
        try {
            d = PacketForwarderCodec.decode(bytes, bytes.length);
        } catch (MalformedDatagramException e) {
            throw new IllegalStateException("the codec rejected its own datagram: " + e.getMessage(), e);
        }
        var now = scheduler.instant();
        switch (d) {
            case PushData p -> {
                p.rxpk().forEach(r -> listener.onRxpk(p.gateway(), r, now));
                p.stat().ifPresent(s -> listener.onStat(p.gateway(), s, now));
            }
            case PullData p -> {
                Connection c = gateways.get(p.gateway());
                if (c != null) {
                    listener.onGatewayConnected(p.gateway(), c.address, now);
                }
            }
            case TxAck a -> listener.onTxAck(a.gateway(), a.token(), a.error(), now);
            default -> LOG.debug("in-memory gateway hub: ignoring a {} towards the network", d.type());
        }
    }

    /// A gateway's end of the in-memory link.
    public final class Connection implements AutoCloseable {
        private final Eui64 gateway;
        private final DownlinkHandler handler;
        private final InetSocketAddress address;

        private Connection(Eui64 gateway, DownlinkHandler handler) {
            this.gateway = gateway;
            this.handler = Objects.requireNonNull(handler, "handler");
            this.address = InetSocketAddress.createUnresolved("in-memory:" + gateway, 0);
        }

        public Eui64 gateway() {
            return gateway;
        }

        /// Sends one PUSH_DATA holding `rxpk` and `stat` to the network side.
        public void push(List<Rxpk> rxpk, Optional<Stat> stat) {
            byte[] bytes = PacketForwarderCodec.encode(new PushData(token(), gateway, rxpk, stat));
            deliver(() -> toNetwork(bytes));
        }

        private void fromNetwork(byte[] bytes) {
            if (gateways.get(gateway) != this) {
                return;
            }
            Datagram d;
            try {
                d = PacketForwarderCodec.decode(bytes, bytes.length);
            } catch (MalformedDatagramException e) {
                throw new IllegalStateException("the codec rejected its own datagram: " + e.getMessage(), e);
            }
            if (d instanceof PullResp r) {
                Optional<TxAckError> error = handler.onPullResp(r.token(), r.txpk(), scheduler.instant());
                byte[] ack = PacketForwarderCodec.encode(new TxAck(r.token(), gateway, error));
                deliver(() -> toNetwork(ack));
            }
        }

        /// Disconnects the gateway: PULL_RESPs to it are refused from now on.
        @Override
        public void close() {
            gateways.remove(gateway, this);
        }
    }
}
