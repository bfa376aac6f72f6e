// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import lorabench.clock.VirtualTimeScheduler;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.packetforwarder.CodingRate;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.PullRespResult;
import lorabench.packetforwarder.Rxpk;
import lorabench.packetforwarder.Txpk;
import lorabench.server.event.ServerEvent;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.DeviceRepository;
import org.junit.jupiter.api.Test;

/// The same runtime on virtual time with an in-memory transport: no UDP, the test is the gateway hub.
class VirtualTimeTest {
    @Test
    void joinsOnVirtualTimeThroughADirectListener() throws Exception {
        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        VirtualTimeScheduler clock = new VirtualTimeScheduler(start);
        Eui64 gw = new Eui64(0xE1);
        var sent = new LinkedBlockingQueue<Txpk>();
        try (Database db = Database.open(DatabaseConfig.h2Memory("virtual"), clock);
                NetworkServerRuntime rt = NetworkServerRuntime.start(NetworkServerConfig.DEFAULT, db, clock,
                        (g, txpk) -> {
                            sent.add(txpk);
                            return new PullRespResult.Sent(1, new java.net.InetSocketAddress("127.0.0.1", 1));
                        }, new Random(3))) {
            var events = new LinkedBlockingQueue<ServerEvent>();
            rt.events().subscribe(events::add);
            TestDevice dev = TestDevice.otaa(0x71, MacVersion.V1_1);
            new DeviceRepository(db).upsert(dev.provisionOtaa(BandId.EU868));
            rt.gatewayListener().onRxpk(gw, Rxpk.loRa(42, 868_300_000, 1, new Datr.LoRa(9, 125), CodingRate.CR_4_5,
                    -80, 3, dev.joinRequest(1)), clock.instant());
            assertEquals(1, clock.pending(), "the de-duplication window waits on the virtual clock");
            clock.runUntil(start.plus(Duration.ofMillis(199)));
            assertEquals(1, clock.pending(), "still open after 199 virtual ms");
            clock.runUntil(start.plus(Duration.ofMillis(200)));
            Txpk txpk = sent.poll(10, TimeUnit.SECONDS);
            assertEquals(5_000_042, txpk.tmst().getAsLong());
            assertEquals(868_300_000, txpk.frequency());
            assertEquals(new Datr.LoRa(9, 125), txpk.datr());
            dev.acceptJoin(txpk.data());
            ServerEvent e;
            do {
                e = events.poll(10, TimeUnit.SECONDS);
            } while (e != null && !(e instanceof ServerEvent.JoinAccepted));
            assertTrue(e instanceof ServerEvent.JoinAccepted a && a.at().equals(start.plus(Duration.ofMillis(200))),
                    "events carry virtual time: " + e);
            rt.gatewayListener().onRxpk(gw, Rxpk.loRa(7_000_000, 868_100_000, 0, new Datr.LoRa(7, 125),
                    CodingRate.CR_4_5, -80, 3, dev.uplink(0, 2, Bytes.fromHex("AB"), false)), clock.instant());
            clock.runUntil(clock.instant().plus(Duration.ofMillis(200)));
            do {
                e = events.poll(10, TimeUnit.SECONDS);
            } while (e != null && !(e instanceof ServerEvent.UplinkReceived));
            assertTrue(e instanceof ServerEvent.UplinkReceived u && u.payload().equals(Bytes.fromHex("AB")),
                    String.valueOf(e));
        }
    }
}
