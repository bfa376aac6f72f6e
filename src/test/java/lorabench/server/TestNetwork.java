// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import lorabench.clock.RealTimeScheduler;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.packetforwarder.CodingRate;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.Rxpk;
import lorabench.packetforwarder.TxAckError;
import lorabench.packetforwarder.Txpk;
import lorabench.packetforwarder.UdpGatewayClient;
import lorabench.server.event.ServerEvent;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;

/// A running server on loopback UDP with an H2 file store, gateways played by [UdpGatewayClient], and an event
/// recorder. Everything waits with deadlines, never sleeps.
final class TestNetwork implements AutoCloseable {
    static final Duration DEADLINE = Duration.ofSeconds(10);

    final Path dir;
    final RealTimeScheduler scheduler = new RealTimeScheduler("test");
    final Database db;
    final NetworkServerRuntime runtime;
    final BlockingQueue<ServerEvent> events = new LinkedBlockingQueue<>();
    final List<ServerEvent> seen = new ArrayList<>();
    private final List<Gateway> gateways = new ArrayList<>();

    TestNetwork(Path dir) {
        this(dir, NetworkServerConfig.DEFAULT);
    }

    TestNetwork(Path dir, NetworkServerConfig config) {
        this.dir = dir;
        this.db = Database.open(DatabaseConfig.h2File(dir));
        this.runtime = NetworkServerRuntime.startUdp(config.withUdpPort(0).withDedupWindow(Duration.ofMillis(100)),
                db, scheduler, new Random(7));
        runtime.events().subscribe(events::add);
    }

    /// A gateway played over UDP; it records every PULL_RESP and answers TX_ACK with `txAck`.
    final class Gateway implements AutoCloseable {
        final Eui64 eui;
        final UdpGatewayClient client;
        final BlockingQueue<Txpk> pullResps = new LinkedBlockingQueue<>();
        volatile Function<Txpk, Optional<TxAckError>> txAck = t -> Optional.empty();

        Gateway(Eui64 eui) throws Exception {
            this.eui = eui;
            this.client = UdpGatewayClient.connect(eui, runtime.udp().orElseThrow().localAddress(),
                    new UdpGatewayClient.Options(Duration.ZERO, Duration.ofSeconds(5)), (token, txpk, at) -> {
                        pullResps.add(txpk);
                        return txAck.apply(txpk);
                    }, scheduler, new Random(eui.value()));
            client.pullData().get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        }

        /// Sends `phy` as received at `tmst` with `snr` on 868.1 MHz SF7BW125.
        void send(Bytes phy, long tmst, double snr) throws Exception {
            send(phy, tmst, snr, new Datr.LoRa(7, 125));
        }

        /// Sends `phy` as received at `tmst` with `snr` on 868.1 MHz at `datr`.
        void send(Bytes phy, long tmst, double snr, Datr.LoRa datr) throws Exception {
            client.pushRxpk(Rxpk.loRa(tmst, 868_100_000, 0, datr, CodingRate.CR_4_5, -60, snr, phy))
                    .get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        }

        Txpk nextPullResp() throws InterruptedException {
            Txpk t = pullResps.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            if (t == null) {
                throw new AssertionError("no PULL_RESP at gateway " + eui + " within " + DEADLINE);
            }
            return t;
        }

        @Override
        public void close() {
            client.close();
        }
    }

    Gateway gateway(long eui) throws Exception {
        Gateway g = new Gateway(new Eui64(eui));
        gateways.add(g);
        await(ServerEvent.GatewayConnected.class, e -> e.gateway().equals(g.eui));
        return g;
    }

    /// {@return the first event of `type` matching `p`}, waiting up to the deadline; events seen before are kept
    <T extends ServerEvent> T await(Class<T> type, Predicate<T> p) throws InterruptedException {
        synchronized (seen) {
            for (ServerEvent e : seen) {
                if (type.isInstance(e) && p.test(type.cast(e))) {
                    seen.remove(e);
                    return type.cast(e);
                }
            }
        }
        Instant end = Instant.now().plus(DEADLINE);
        while (Instant.now().isBefore(end)) {
            ServerEvent e = events.poll(Duration.between(Instant.now(), end).toMillis(), TimeUnit.MILLISECONDS);
            if (e == null) {
                break;
            }
            if (type.isInstance(e) && p.test(type.cast(e))) {
                return type.cast(e);
            }
            synchronized (seen) {
                seen.add(e);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " matching within " + DEADLINE + "; seen " + seen);
    }

    <T extends ServerEvent> T await(Class<T> type) throws InterruptedException {
        return await(type, e -> true);
    }

    @Override
    public void close() {
        gateways.forEach(Gateway::close);
        runtime.close();
        db.close();
        scheduler.close();
    }
}
