// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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

/// The gateway end of the Semtech UDP protocol (`PROTOCOL.TXT` §3, §5), as the Semtech packet forwarder plays it:
/// PUSH_DATA for received packets and status, PULL_DATA keep-alives, and a TX_ACK for every PULL_RESP.
///
/// Each PUSH_DATA and PULL_DATA returns a future that completes when the datagram with its token is acknowledged,
/// or fails with a `TimeoutException` after [Options#ackTimeout()] (UDP loses datagrams; the protocol never
/// retries). Used by the simulator's virtual gateways and by tests; it can talk to any network server.
public final class UdpGatewayClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UdpGatewayClient.class);
    private static final int MAX_DATAGRAM = 65_535;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    /// @param keepAlive interval between PULL_DATA datagrams; zero sends none automatically (call [#pullData()])
    /// @param ackTimeout how long a PUSH_DATA or PULL_DATA future waits for its acknowledgement
    public record Options(Duration keepAlive, Duration ackTimeout) {
        /// The Semtech forwarder's defaults: a keep-alive every 10 s; acknowledgements awaited 10 s.
        public static final Options DEFAULT = new Options(Duration.ofSeconds(10), Duration.ofSeconds(10));

        public Options {
            if (keepAlive.isNegative() || !ackTimeout.isPositive()) {
                throw new IllegalArgumentException("keepAlive must be >= 0 and ackTimeout > 0");
            }
        }
    }

    private final Eui64 gateway;
    private final DatagramChannel channel;
    private final Options options;
    private final DownlinkHandler handler;
    private final InstantSource clock;
    private final RandomGenerator random;
    private final Map<Integer, CompletableFuture<Void>> pendingPush = new ConcurrentHashMap<>();
    private final Map<Integer, CompletableFuture<Void>> pendingPull = new ConcurrentHashMap<>();
    private final MalformedTally malformed = new MalformedTally(LOG, "gateway client");
    private final LongAdder pushSent = new LongAdder();
    private final LongAdder pushAcked = new LongAdder();
    private final LongAdder pullSent = new LongAdder();
    private final LongAdder pullAcked = new LongAdder();
    private final LongAdder pullResp = new LongAdder();
    private final LongAdder txAckSent = new LongAdder();
    private final LongAdder unmatched = new LongAdder();
    private final LongAdder handlerFailures = new LongAdder();
    private final Thread receiver;
    private final ScheduledExecutorService keepAlive;

    private UdpGatewayClient(Eui64 gateway, DatagramChannel channel, Options options, DownlinkHandler handler,
            InstantSource clock, RandomGenerator random) {
        this.gateway = gateway;
        this.channel = channel;
        this.options = options;
        this.handler = handler;
        this.clock = clock;
        this.random = random;
        this.receiver = Thread.ofVirtual().name("udp-gateway-client-" + gateway).unstarted(this::receiveLoop);
        this.keepAlive = options.keepAlive().isZero() ? null
                : Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("pull-data-" + gateway).factory());
    }

    /// Opens a socket towards `server`, starts receiving and, unless [Options#keepAlive()] is zero, sends a
    /// PULL_DATA now and then at every interval.
    ///
    /// @param random source of the tokens; pass a seeded generator for repeatable runs
    /// @throws IOException when the socket cannot be opened
    public static UdpGatewayClient connect(Eui64 gateway, InetSocketAddress server, Options options,
            DownlinkHandler handler, InstantSource clock, RandomGenerator random) throws IOException {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        if (server.isUnresolved()) {
            throw new IOException("cannot resolve network server address " + server);
        }
        DatagramChannel ch = DatagramChannel.open();
        try {
            ch.connect(server);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        UdpGatewayClient client = new UdpGatewayClient(gateway, ch, options, handler, clock, random);
        client.receiver.start();
        if (client.keepAlive != null) {
            long ms = options.keepAlive().toMillis();
            client.keepAlive.scheduleAtFixedRate(client::keepAliveTick, 0, ms, TimeUnit.MILLISECONDS);
        }
        return client;
    }

    public Eui64 gateway() {
        return gateway;
    }

    /// {@return the local address of the socket}, as the server sees it
    public InetSocketAddress localAddress() throws IOException {
        return (InetSocketAddress) channel.getLocalAddress();
    }

    /// Sends one PUSH_DATA holding `rxpk` and `stat`; {@return a future completed by its PUSH_ACK}
    public CompletableFuture<Void> push(List<Rxpk> rxpk, Optional<Stat> stat) {
        Pending p = reserve(pendingPush);
        send(new PushData(p.token(), gateway, rxpk, stat), p, pendingPush);
        pushSent.increment();
        return p.ack();
    }

    /// Sends one PUSH_DATA holding `rxpk`; {@return a future completed by its PUSH_ACK}
    public CompletableFuture<Void> pushRxpk(Rxpk... rxpk) {
        return push(List.of(rxpk), Optional.empty());
    }

    /// Sends one PUSH_DATA holding only a status report; {@return a future completed by its PUSH_ACK}
    public CompletableFuture<Void> pushStat(Stat stat) {
        return push(List.of(), Optional.of(stat));
    }

    /// Sends one PULL_DATA now; {@return a future completed by its PULL_ACK}
    public CompletableFuture<Void> pullData() {
        Pending p = reserve(pendingPull);
        send(new PullData(p.token(), gateway), p, pendingPull);
        pullSent.increment();
        return p.ack();
    }

    /// {@return a snapshot of the counters}
    public ClientCounters counters() {
        return new ClientCounters(pushSent.sum(), pushAcked.sum(), pullSent.sum(), pullAcked.sum(), pullResp.sum(),
                txAckSent.sum(), unmatched.sum(), malformed.snapshot(), handlerFailures.sum());
    }

    /// Stops the keep-alive, closes the socket, cancels pending acknowledgements and waits (a few seconds at most)
    /// for the receive thread to end.
    @Override
    public void close() {
        if (keepAlive != null) {
            keepAlive.shutdownNow();
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("closing the gateway client socket failed: {}", e.getMessage());
        }
        CancellationException closed = new CancellationException("gateway client closed");
        pendingPush.values().forEach(f -> f.completeExceptionally(closed));
        pendingPull.values().forEach(f -> f.completeExceptionally(closed));
        try {
            if (!receiver.join(CLOSE_WAIT) || keepAlive != null && !keepAlive.awaitTermination(
                    CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("the gateway client threads did not stop within {}", CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Pending(int token, CompletableFuture<Void> ack) {}

    private Pending reserve(Map<Integer, CompletableFuture<Void>> pending) {
        while (true) {
            int token;
            synchronized (random) {
                token = random.nextInt(0x10000);
            }
            CompletableFuture<Void> f = new CompletableFuture<>();
            if (pending.putIfAbsent(token, f) == null) {
                int t = token;
                f.orTimeout(options.ackTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .whenComplete((v, e) -> pending.remove(t, f));
                return new Pending(token, f);
            }
        }
    }

    private void send(Datagram d, Pending p, Map<Integer, CompletableFuture<Void>> pending) {
        try {
            channel.write(ByteBuffer.wrap(PacketForwarderCodec.encode(d)));
        } catch (IOException e) {
            pending.remove(p.token(), p.ack());
            p.ack().completeExceptionally(e);
        }
    }

    private void keepAliveTick() {
        pullData().exceptionally(e -> {
            LOG.debug("gateway {}: PULL_DATA not acknowledged: {}", gateway, e.toString());
            return null;
        });
    }

    private void receiveLoop() {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);
        while (channel.isOpen()) {
            try {
                buffer.clear();
                channel.read(buffer);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                // NOTE: a connected UDP socket reports an earlier ICMP "port unreachable" on its next read.
                if (channel.isOpen()) {
                    LOG.debug("gateway {}: receive failed: {}", gateway, e.getMessage());
                }
                continue;
            }
            handle(buffer.array(), buffer.position());
        }
    }

    private void handle(byte[] bytes, int length) {
        Datagram datagram;
        try {
            datagram = PacketForwarderCodec.decode(bytes, length);
        } catch (MalformedDatagramException e) {
            malformed.record(channel.socket().getRemoteSocketAddress(), e);
            return;
        }
        switch (datagram) {
            case PushAck a -> acknowledge(pendingPush, a.token(), pushAcked);
            case PullAck a -> acknowledge(pendingPull, a.token(), pullAcked);
            case PullResp r -> answer(r);
            case PushData _, PullData _, TxAck _ ->
                    LOG.debug("gateway {}: ignoring a {} from the server", gateway, datagram.type());
        }
    }

    private void acknowledge(Map<Integer, CompletableFuture<Void>> pending, int token, LongAdder counter) {
        CompletableFuture<Void> f = pending.remove(token);
        if (f != null && !f.isDone()) {
            counter.increment();
            f.complete(null);
        } else {
            unmatched.increment();
        }
    }

    private void answer(PullResp r) {
        pullResp.increment();
        Instant now = clock.instant();
        Optional<TxAckError> error;
        try {
            error = Objects.requireNonNull(handler.onPullResp(r.token(), r.txpk(), now), "handler result");
        } catch (RuntimeException e) {
            handlerFailures.increment();
            LOG.warn("gateway {}: the downlink handler failed", gateway, e);
            return;
        }
        try {
            channel.write(ByteBuffer.wrap(PacketForwarderCodec.encode(new TxAck(r.token(), gateway, error))));
            txAckSent.increment();
        } catch (IOException e) {
            LOG.debug("gateway {}: sending TX_ACK failed: {}", gateway, e.getMessage());
        }
    }
}
