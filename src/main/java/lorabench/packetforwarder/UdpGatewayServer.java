// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.random.RandomGenerator;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.Datagram.PullAck;
import lorabench.packetforwarder.Datagram.PullData;
import lorabench.packetforwarder.Datagram.PullResp;
import lorabench.packetforwarder.Datagram.PushAck;
import lorabench.packetforwarder.Datagram.PushData;
import lorabench.packetforwarder.Datagram.TxAck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The network-server end of the Semtech UDP protocol (`PROTOCOL.TXT` §3, §5): one UDP socket that every gateway
/// sends to.
///
/// A virtual thread receives and decodes datagrams. PUSH_DATA and PULL_DATA are acknowledged at once, before the
/// listener sees their content ("process packets *after* ack", §3.1). Each gateway's PULL_DATA source address is
/// remembered as its downlink path for [#sendPullResp]. Malformed datagrams are counted per reason, logged once per
/// reason and reported to the listener; they never stop the loop. The server answers each gateway in the protocol
/// version it spoke.
public final class UdpGatewayServer implements AutoCloseable, DownlinkPath {
    private static final Logger LOG = LoggerFactory.getLogger(UdpGatewayServer.class);
    private static final int MAX_DATAGRAM = 65_535;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    /// Receive buffer asked for (the kernel caps it, at `net.core.rmem_max` on Linux): the default of about 200 KB
    /// holds some 600 PUSH_DATA datagrams, which a burst from many gateways overflows while the receive thread waits
    /// for a core.
    static final int RECEIVE_BUFFER = 8 << 20;

    private final DatagramChannel channel;
    private final InetSocketAddress localAddress;
    private final GatewayListener listener;
    private final InstantSource clock;
    private final RandomGenerator random;
    private final Map<Eui64, KnownGateway> gateways = new ConcurrentHashMap<>();
    private final MalformedTally malformed = new MalformedTally(LOG, "gateway server");
    private final LongAdder received = new LongAdder();
    private final LongAdder pushData = new LongAdder();
    private final LongAdder rxpk = new LongAdder();
    private final LongAdder stats = new LongAdder();
    private final LongAdder pullData = new LongAdder();
    private final LongAdder txAcks = new LongAdder();
    private final LongAdder pullRespSent = new LongAdder();
    private final LongAdder unexpected = new LongAdder();
    private final LongAdder listenerFailures = new LongAdder();
    private final Thread receiver;

    private UdpGatewayServer(DatagramChannel channel, GatewayListener listener, InstantSource clock,
            RandomGenerator random) throws IOException {
        this.channel = channel;
        this.localAddress = (InetSocketAddress) channel.getLocalAddress();
        this.listener = listener;
        this.clock = clock;
        this.random = random;
        // A platform thread, not a virtual one: the pipeline runs many virtual threads that block in JDBC, and the
        // loop that acknowledges gateways must never wait for a carrier thread behind them.
        this.receiver = Thread.ofPlatform().daemon().name("udp-gateway-server-" + localAddress.getPort())
                .unstarted(this::receiveLoop);
    }

    /// Binds `bind` (port 0 for an ephemeral port) and starts receiving.
    ///
    /// @param random source of the PULL_RESP tokens; pass a seeded generator for repeatable runs
    /// @throws IOException when the address cannot be bound
    public static UdpGatewayServer start(InetSocketAddress bind, GatewayListener listener, InstantSource clock,
            RandomGenerator random) throws IOException {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        DatagramChannel ch = DatagramChannel.open(bind.getAddress() instanceof java.net.Inet6Address
                ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
        try {
            ch.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER);
            ch.bind(bind);
            UdpGatewayServer server = new UdpGatewayServer(ch, listener, clock, random);
            server.receiver.start();
            LOG.info("Semtech UDP gateway server listening on {}", server.localAddress);
            return server;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /// Binds `127.0.0.1:port` (0 for an ephemeral port), with the system clock and an unseeded token source.
    public static UdpGatewayServer start(int port, GatewayListener listener) throws IOException {
        return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), listener, InstantSource.system(),
                RandomGenerator.getDefault());
    }

    /// {@return the bound address}, with the real port when port 0 was asked for
    public InetSocketAddress localAddress() {
        return localAddress;
    }

    /// {@return the bound port}
    public int port() {
        return localAddress.getPort();
    }

    /// Sends a PULL_RESP carrying `txpk` to the address of `gateway`'s last PULL_DATA, with a fresh random token.
    public PullRespResult sendPullResp(Eui64 gateway, Txpk txpk) {
        Objects.requireNonNull(txpk, "txpk");
        KnownGateway known = gateways.get(gateway);
        if (known == null || known.pullAddress().isEmpty()) {
            return new PullRespResult.NoPullAddress(gateway);
        }
        InetSocketAddress to = known.pullAddress().get();
        int token;
        synchronized (random) {
            token = random.nextInt(0x10000);
        }
        byte[] bytes = PacketForwarderCodec.encode(new PullResp(token, txpk), known.version());
        try {
            channel.send(ByteBuffer.wrap(bytes), to);
        } catch (IOException e) {
            return new PullRespResult.SendFailed(gateway, String.valueOf(e.getMessage()));
        }
        pullRespSent.increment();
        return new PullRespResult.Sent(token, to);
    }

    /// {@return what is known of `gateway`}, empty when it never sent a valid datagram
    public Optional<KnownGateway> gateway(Eui64 gateway) {
        return Optional.ofNullable(gateways.get(gateway));
    }

    /// {@return every gateway that sent a valid datagram}
    public Collection<KnownGateway> gateways() {
        return List.copyOf(gateways.values());
    }

    /// {@return a snapshot of the counters}
    public ServerCounters counters() {
        return new ServerCounters(received.sum(), pushData.sum(), rxpk.sum(), stats.sum(), pullData.sum(),
                txAcks.sum(), pullRespSent.sum(), unexpected.sum(), malformed.snapshot(), listenerFailures.sum());
    }

    /// Closes the socket and waits (a few seconds at most) for the receive thread to end.
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("closing the gateway server socket failed: {}", e.getMessage());
        }
        try {
            if (!receiver.join(CLOSE_WAIT)) {
                LOG.warn("the gateway server receive thread did not stop within {}", CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void receiveLoop() {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);
        while (channel.isOpen()) {
            InetSocketAddress from;
            try {
                buffer.clear();
                from = (InetSocketAddress) channel.receive(buffer);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                if (channel.isOpen()) {
                    LOG.warn("gateway server receive failed: {}", e.getMessage());
                }
                continue;
            }
            received.increment();
            try {
                handle(buffer.array(), buffer.position(), from);
            } catch (RuntimeException e) {
                listenerFailures.increment();
                LOG.error("handling a datagram from {} failed", from, e);
            }
        }
    }

    private void handle(byte[] bytes, int length, InetSocketAddress from) {
        Datagram datagram;
        try {
            datagram = PacketForwarderCodec.decode(bytes, length);
        } catch (MalformedDatagramException e) {
            malformed.record(from, e);
            notify(() -> listener.onMalformed(from, e.reason(), e.detail()));
            return;
        }
        ProtocolVersion version = PacketForwarderCodec.versionOf(bytes);
        Instant now = clock.instant();
        switch (datagram) {
            case PushData d -> {
                pushData.increment();
                reply(new PushAck(d.token()), version, from);
                seen(d.gateway(), now, version, null);
                for (Rxpk r : d.rxpk()) {
                    rxpk.increment();
                    notify(() -> listener.onRxpk(d.gateway(), r, now));
                }
                if (d.stat().isPresent()) {
                    stats.increment();
                    notify(() -> listener.onStat(d.gateway(), d.stat().get(), now));
                }
            }
            case PullData d -> {
                pullData.increment();
                reply(new PullAck(d.token()), version, from);
                if (seen(d.gateway(), now, version, from)) {
                    notify(() -> listener.onGatewayConnected(d.gateway(), from, now));
                }
            }
            case TxAck d -> {
                txAcks.increment();
                seen(d.gateway(), now, version, null);
                notify(() -> listener.onTxAck(d.gateway(), d.token(), d.error(), now));
            }
            case PushAck _, PullAck _, PullResp _ -> {
                unexpected.increment();
                LOG.debug("ignoring a {} from {}: only gateways send to this server", datagram.type(), from);
            }
        }
    }

    /// Updates the gateway's entry; {@return whether `pullAddress` is a new downlink path}
    private boolean seen(Eui64 gateway, Instant now, ProtocolVersion version, InetSocketAddress pullAddress) {
        boolean[] changed = {false};
        gateways.compute(gateway, (eui, old) -> {
            Optional<InetSocketAddress> pull = old == null ? Optional.empty() : old.pullAddress();
            if (pullAddress != null && !pull.equals(Optional.of(pullAddress))) {
                pull = Optional.of(pullAddress);
                changed[0] = true;
            }
            return new KnownGateway(eui, pull, now, version);
        });
        return changed[0];
    }

    private void reply(Datagram ack, ProtocolVersion version, InetSocketAddress to) {
        try {
            channel.send(ByteBuffer.wrap(PacketForwarderCodec.encode(ack, version)), to);
        } catch (IOException e) {
            if (channel.isOpen()) {
                LOG.warn("sending {} to {} failed: {}", ack.type(), to, e.getMessage());
            }
        }
    }

    private void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            listenerFailures.increment();
            LOG.warn("the gateway listener failed", e);
        }
    }
}
