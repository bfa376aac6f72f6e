// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lorabench.clock.RealTimeScheduler;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.packetforwarder.CodingRate;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.GatewayListener;
import lorabench.packetforwarder.PullRespResult;
import lorabench.packetforwarder.Rxpk;
import lorabench.packetforwarder.TxAckError;
import lorabench.packetforwarder.Txpk;
import lorabench.packetforwarder.UdpGatewayClient;
import lorabench.packetforwarder.UdpGatewayServer;
import lorabench.sim.Simulation;
import lorabench.sim.device.Activation;
import lorabench.sim.device.DeviceConfig;
import lorabench.sim.device.VirtualDevice;
import lorabench.sim.radio.PathLossModel;
import lorabench.sim.radio.Position;
import org.junit.jupiter.api.Test;

/// A virtual gateway against the real [UdpGatewayServer] on 127.0.0.1, on real time.
class UdpGatewayLinkTest {

    @Test
    void uplinkReachesAUdpServerAndAPullRespIsAcknowledged() throws Exception {
        CompletableFuture<Rxpk> rxpk = new CompletableFuture<>();
        CompletableFuture<Void> connected = new CompletableFuture<>();
        CompletableFuture<Optional<TxAckError>> txAck = new CompletableFuture<>();
        GatewayListener listener = new GatewayListener() {
            @Override
            public void onRxpk(Eui64 gateway, Rxpk r, Instant at) {
                rxpk.complete(r);
            }

            @Override
            public void onGatewayConnected(Eui64 gateway, InetSocketAddress pull, Instant at) {
                connected.complete(null);
            }

            @Override
            public void onTxAck(Eui64 gateway, int token, Optional<TxAckError> error, Instant at) {
                txAck.complete(error);
            }
        };
        Eui64 gw = Eui64.parse("AA555A0000000201");
        Position here = new Position(48.0, 2.0, 10);
        try (UdpGatewayServer server = UdpGatewayServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                0), listener, java.time.InstantSource.system(), new SplittableRandom(1));
                RealTimeScheduler scheduler = new RealTimeScheduler("udp-test");
                Simulation sim = new Simulation(scheduler, 1, PathLossModel.deterministic(2.7), Optional.empty())) {
            var opener = UdpGatewayLink.opener(server.localAddress(), new UdpGatewayClient.Options(Duration.ofSeconds(5),
                    Duration.ofSeconds(5)), scheduler, new SplittableRandom(2));
            VirtualGateway g = sim.addGateway(GatewayConfig.of(gw, here, BandId.EU868), opener);
            AesKey k = AesKey.parse("2B7E151628AED2A6ABF7158809CF4F3C");
            DevAddr addr = new DevAddr(0x26011BDA);
            VirtualDevice d = sim.addDevice(DeviceConfig.otaa(new Eui64(77), new Eui64(1), k, k, MacVersion.V1_0_4,
                    BandId.EU868, here.east(300)).withActivation(new Activation.Abp(addr,
                    new SessionKeys.Keys10(k, k).asKeys11())));
            connected.get(10, TimeUnit.SECONDS);

            d.sendUplink(1, Bytes.fromHex("01"), false);
            Rxpk r = rxpk.get(10, TimeUnit.SECONDS);
            assertEquals(868_100_000 <= r.frequency() && r.frequency() <= 868_500_000, true);
            assertEquals(new Datr.LoRa(7, 125), r.datr());

            long tmst = g.concentratorClock().tmst(scheduler.instant().plusMillis(500));
            PullRespResult sent = server.sendPullResp(gw, Txpk.loRaAt(tmst, 869_525_000, 14, new Datr.LoRa(12, 125),
                    CodingRate.CR_4_5, Bytes.fromHex("6000000000000000000000000000")));
            assertTrue(sent instanceof PullRespResult.Sent);
            assertEquals(Optional.empty(), txAck.get(10, TimeUnit.SECONDS));
        }
    }
}
