// SPDX-License-Identifier: Apache-2.0
package lorabench.packetforwarder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.MalformedDatagramException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// A real [UdpGatewayServer] and real [UdpGatewayClient]s on 127.0.0.1, waiting on events with deadlines.
class UdpGatewayLoopbackTest {
    private static final long WAIT_S = 10;
    private static final Instant NOW = Instant.parse("2026-11-22T03:10:11Z");
    private static final Eui64 GW = Eui64.parse("B827EBFFFE123456");
    private static final Datr.LoRa SF9 = new Datr.LoRa(9, 125);

    /// Everything the server reported, in order.
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final List<AutoCloseable> open = new ArrayList<>();
    private UdpGatewayServer server;

    record RxpkEvent(Eui64 gateway, Rxpk rxpk, Instant at) {}

    record StatEvent(Eui64 gateway, Stat stat) {}

    record TxAckEvent(Eui64 gateway, int token, Optional<TxAckError> error) {}

    record Connected(Eui64 gateway, InetSocketAddress from) {}

    record Malformed(Reason reason) {}

    @BeforeEach
    void startServer() throws IOException {
        server = UdpGatewayServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), new GatewayListener() {
            @Override
            public void onRxpk(Eui64 gateway, Rxpk rxpk, Instant receivedAt) {
                events.add(new RxpkEvent(gateway, rxpk, receivedAt));
            }

            @Override
            public void onStat(Eui64 gateway, Stat stat, Instant receivedAt) {
                events.add(new StatEvent(gateway, stat));
            }

            @Override
            public void onTxAck(Eui64 gateway, int token, Optional<TxAckError> error, Instant receivedAt) {
                events.add(new TxAckEvent(gateway, token, error));
            }

            @Override
            public void onGatewayConnected(Eui64 gateway, InetSocketAddress pullAddress, Instant at) {
                events.add(new Connected(gateway, pullAddress));
            }

            @Override
            public void onMalformed(InetSocketAddress from, Reason reason, String detail) {
                events.add(new Malformed(reason));
            }
        }, InstantSource.fixed(NOW), new Random(1));
        open.add(server);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
    }

    private UdpGatewayClient client(Eui64 eui, Duration keepAlive, DownlinkHandler handler) throws IOException {
        UdpGatewayClient c = UdpGatewayClient.connect(eui, server.localAddress(),
                new UdpGatewayClient.Options(keepAlive, Duration.ofSeconds(WAIT_S)), handler, InstantSource.fixed(NOW),
                new Random(eui.value()));
        open.add(c);
        return c;
    }

    private <T> T next(Class<T> type) throws InterruptedException {
        Object e = events.poll(WAIT_S, TimeUnit.SECONDS);
        assertNotNull(e, "no " + type.getSimpleName() + " within " + WAIT_S + " s");
        return assertInstanceOf(type, e);
    }

    private static Rxpk uplink(int i) {
        return Rxpk.loRa(1000L + i, 868_100_000L, i % 8, SF9, CodingRate.CR_4_5, -60 - i, 7.5,
                Bytes.of((byte) 0x40, (byte) i));
    }

    @Test
    void deliversAndAcknowledgesAPushDataWithThreeRxpk() throws Exception {
        UdpGatewayClient gw = client(GW, Duration.ZERO, DownlinkHandler.acceptAll());
        gw.pushRxpk(uplink(1), uplink(2), uplink(3)).get(WAIT_S, TimeUnit.SECONDS);
        for (int i = 1; i <= 3; i++) {
            assertEquals(new RxpkEvent(GW, uplink(i), NOW), next(RxpkEvent.class));
        }
        assertEquals(1, gw.counters().pushAcked());
        assertEquals(3, server.counters().rxpk());
        assertEquals(NOW, server.gateway(GW).orElseThrow().lastSeen());
    }

    @Test
    void deliversAStatusReport() throws Exception {
        UdpGatewayClient gw = client(GW, Duration.ZERO, DownlinkHandler.acceptAll());
        Stat stat = ((Datagram.PushData) ExpectedDatagrams.BY_NAME.get("protocol-stat-example")).stat().orElseThrow();
        gw.pushStat(stat).get(WAIT_S, TimeUnit.SECONDS);
        assertEquals(new StatEvent(GW, stat), next(StatEvent.class));
    }

    @Test
    void pullRespReachesTheGatewayWhoseTxAckReachesTheServer() throws Exception {
        Txpk txpk = Txpk.loRaAt(6000L, 868_100_000L, 14, SF9, CodingRate.CR_4_5, Bytes.fromHex("60010203"));
        assertEquals(new PullRespResult.NoPullAddress(GW), server.sendPullResp(GW, txpk));

        CompletableFuture<Txpk> received = new CompletableFuture<>();
        UdpGatewayClient gw = client(GW, Duration.ZERO, (token, t, at) -> {
            received.complete(t);
            return Optional.of(TxAckError.of(TxAckError.Code.TOO_LATE));
        });
        gw.pullData().get(WAIT_S, TimeUnit.SECONDS);
        Connected connected = next(Connected.class);
        assertEquals(GW, connected.gateway());
        assertEquals(gw.localAddress().getPort(), connected.from().getPort());
        assertEquals(Optional.of(connected.from()), server.gateway(GW).orElseThrow().pullAddress());

        var sent = assertInstanceOf(PullRespResult.Sent.class, server.sendPullResp(GW, txpk));
        assertEquals(txpk, received.get(WAIT_S, TimeUnit.SECONDS));
        assertEquals(new TxAckEvent(GW, sent.token(), Optional.of(TxAckError.of(TxAckError.Code.TOO_LATE))),
                next(TxAckEvent.class));
        assertEquals(1, gw.counters().txAckSent());
        assertEquals(1, server.counters().txAcks());
    }

    @Test
    void keepAliveOpensTheDownlinkPathWithoutBeingAsked() throws Exception {
        client(GW, Duration.ofMillis(50), DownlinkHandler.acceptAll());
        assertEquals(GW, next(Connected.class).gateway());
    }

    @Test
    void malformedDatagramsAreCountedWhileEveryGoodOneIsDelivered() throws Exception {
        UdpGatewayClient gw = client(GW, Duration.ZERO, DownlinkHandler.acceptAll());
        List<PacketForwarderVectors.Vector> bad = PacketForwarderVectors.read("/vectors/packetforwarder-malformed.csv");
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        try (DatagramSocket raw = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            for (int i = 0; i < bad.size(); i++) {
                byte[] d = bad.get(i).datagram();
                raw.send(new DatagramPacket(d, d.length, server.localAddress()));
                acks.add(gw.pushRxpk(uplink(i)));
            }
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(WAIT_S, TimeUnit.SECONDS);

        List<Rxpk> delivered = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        while (delivered.size() < bad.size() || reasons.size() < bad.size()) {
            Object e = events.poll(WAIT_S, TimeUnit.SECONDS);
            assertNotNull(e, "delivered " + delivered.size() + " and rejected " + reasons.size());
            switch (e) {
                case RxpkEvent r -> delivered.add(r.rxpk());
                case Malformed m -> reasons.add(m.reason());
                default -> throw new AssertionError("unexpected " + e);
            }
        }
        for (int i = 0; i < bad.size(); i++) {
            assertEquals(uplink(i), delivered.get(i));
        }
        ServerCounters counters = server.counters();
        assertEquals(bad.size(), counters.malformedTotal());
        for (Reason r : Reason.values()) {
            long expected = bad.stream().filter(v -> v.column2().equals(r.name())).count();
            assertEquals(expected, counters.malformed().get(r), r.name());
        }
        assertEquals(2L * bad.size(), counters.datagramsReceived());
        assertEquals(bad.size(), counters.rxpk());
    }

    @Test
    void answersAVersionOneGatewayInVersionOne() throws Exception {
        try (DatagramSocket raw = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            raw.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_S));
            byte[] pull = PacketForwarderCodec.encode(new Datagram.PullData(0x0102, GW), ProtocolVersion.V1);
            raw.send(new DatagramPacket(pull, pull.length, server.localAddress()));
            DatagramPacket ack = new DatagramPacket(new byte[64], 64);
            raw.receive(ack);
            assertEquals(1, ack.getData()[0]);
            assertEquals(new Datagram.PullAck(0x0102), PacketForwarderCodec.decode(ack.getData(), ack.getLength()));
            assertEquals(ProtocolVersion.V1, server.gateway(GW).orElseThrow().version());
        }
    }

    @Test
    void aFailingListenerNeitherStopsTheServerNorLosesLaterPackets() throws Exception {
        server.close();
        List<Rxpk> got = new ArrayList<>();
        CompletableFuture<Void> second = new CompletableFuture<>();
        server = UdpGatewayServer.start(0, new GatewayListener() {
            @Override
            public void onRxpk(Eui64 gateway, Rxpk rxpk, Instant receivedAt) {
                got.add(rxpk);
                if (got.size() == 1) {
                    throw new IllegalStateException("listener bug");
                }
                second.complete(null);
            }
        });
        open.add(server);
        UdpGatewayClient gw = client(GW, Duration.ZERO, DownlinkHandler.acceptAll());
        gw.pushRxpk(uplink(1)).get(WAIT_S, TimeUnit.SECONDS);
        gw.pushRxpk(uplink(2)).get(WAIT_S, TimeUnit.SECONDS);
        second.get(WAIT_S, TimeUnit.SECONDS);
        assertEquals(List.of(uplink(1), uplink(2)), got);
        assertEquals(1, server.counters().listenerFailures());
    }

    @Test
    void closingTheClientCancelsPendingAcknowledgements() throws Exception {
        UdpGatewayClient gw;
        try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            gw = UdpGatewayClient.connect(GW, (InetSocketAddress) silent.getLocalSocketAddress(),
                    new UdpGatewayClient.Options(Duration.ZERO, Duration.ofMinutes(5)), DownlinkHandler.acceptAll(),
                    InstantSource.fixed(NOW), new Random(3));
            CompletableFuture<Void> ack = gw.pushRxpk(uplink(1));
            gw.close();
            assertThrows(CancellationException.class, () -> ack.get(WAIT_S, TimeUnit.SECONDS));
            assertTrue(ack.isCompletedExceptionally());
        }
        gw.close();
    }

    @Test
    void anUnacknowledgedPushTimesOut() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            UdpGatewayClient gw = UdpGatewayClient.connect(GW, (InetSocketAddress) silent.getLocalSocketAddress(),
                    new UdpGatewayClient.Options(Duration.ZERO, Duration.ofMillis(50)), DownlinkHandler.acceptAll(),
                    InstantSource.fixed(NOW), new Random(4));
            open.add(gw);
            var e = assertThrows(ExecutionException.class, () -> gw.pushRxpk(uplink(1)).get(WAIT_S, TimeUnit.SECONDS));
            assertInstanceOf(TimeoutException.class, e.getCause());
        }
    }

    @Test
    void aClosedServerReportsSendFailure() throws Exception {
        UdpGatewayClient gw = client(GW, Duration.ZERO, DownlinkHandler.acceptAll());
        gw.pullData().get(WAIT_S, TimeUnit.SECONDS);
        server.close();
        server.close();
        Txpk txpk = Txpk.loRaImmediately(869_525_000L, 27, SF9, CodingRate.CR_4_5, Bytes.EMPTY);
        assertInstanceOf(PullRespResult.SendFailed.class, server.sendPullResp(GW, txpk));
        assertTrue(server.port() > 0);
    }
}
