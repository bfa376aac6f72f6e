// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.Txpk;
import lorabench.server.event.ServerEvent;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JoinTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = MacVersion.class, names = {"V1_0_3", "V1_1"})
    void otaaJoinDerivesTheSameKeysOnBothSidesAndAnswersInRx1(MacVersion version) throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            TestDevice dev = TestDevice.otaa(0x0102030405060708L, version);
            new DeviceRepository(net.db).upsert(dev.provisionOtaa(BandId.EU868));
            var gw = net.gateway(0xAA01);
            gw.send(dev.joinRequest(1), 1_000_000, 7.5);

            Txpk txpk = gw.nextPullResp();
            assertEquals(6_000_000, txpk.tmst().getAsLong(), "RX1 = request tmst + JOIN_ACCEPT_DELAY1 (5 s)");
            assertEquals(868_100_000, txpk.frequency(), "EU868 RX1 answers on the uplink frequency");
            assertEquals(new Datr.LoRa(7, 125), txpk.datr(), "RX1 DR = uplink DR5 with offset 0");
            assertTrue(txpk.ipol());
            JoinAccept ja = dev.acceptJoin(txpk.data());
            assertEquals(version.is11(), ja.dlSettings().optNeg());

            var accepted = net.await(ServerEvent.JoinAccepted.class);
            assertEquals(dev.devEui, accepted.devEui());
            assertEquals(ja.devAddr(), accepted.devAddr());
            DeviceSession s = net.runtime.deviceSessions().find(dev.devEui).orElseThrow();
            assertEquals(dev.keys, s.keys(), "keys derived by the device and the server match");
            assertEquals(0, ja.devAddr().value() >>> 25, "NetID 000000: type 0, NwkID 0");
        }
    }

    @Test
    void devNonceReplayAndBadMicAndUnknownDeviceAreRejected() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            TestDevice dev = TestDevice.otaa(0x11, MacVersion.V1_0_4);
            new DeviceRepository(net.db).upsert(dev.provisionOtaa(BandId.EU868));
            var gw = net.gateway(0xAA02);
            gw.send(dev.joinRequest(5), 1_000, 5);
            net.await(ServerEvent.JoinAccepted.class);
            gw.send(dev.joinRequest(5), 2_000_000, 5);
            assertEquals(ServerEvent.JoinRejectReason.DEVNONCE_REPLAY, net.await(ServerEvent.JoinRejected.class)
                    .reason());
            TestDevice impostor = TestDevice.otaa(0x11, MacVersion.V1_0_4);
            impostor.appKey = lorabench.lorawan.types.AesKey.parse("00000000000000000000000000000001");
            gw.send(impostor.joinRequest(9), 3_000_000, 5);
            assertEquals(ServerEvent.JoinRejectReason.BAD_MIC, net.await(ServerEvent.JoinRejected.class).reason());
            gw.send(TestDevice.otaa(0x99, MacVersion.V1_0_4).joinRequest(1), 4_000_000, 5);
            var unknown = net.await(ServerEvent.JoinRejected.class);
            assertEquals(ServerEvent.JoinRejectReason.UNKNOWN_DEVEUI, unknown.reason());
            assertEquals(new Eui64(0x99), unknown.devEui());
        }
    }

    @Test
    void theFirstUplinkOfTheNewSessionCompletesTheJoin() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            TestDevice dev = TestDevice.otaa(0x21, MacVersion.V1_0_4);
            new DeviceRepository(net.db).upsert(dev.provisionOtaa(BandId.EU868));
            var gw = net.gateway(0xAA03);
            gw.send(dev.joinRequest(1), 1_000_000, 5);
            dev.acceptJoin(gw.nextPullResp().data());
            gw.send(dev.uplink(0, 1, lorabench.lorawan.types.Bytes.fromHex("01"), false), 2_000_000, 5);
            var complete = net.await(ServerEvent.JoinCompleted.class);
            assertEquals(dev.devEui, complete.devEui());
            assertEquals(dev.devAddr, complete.devAddr());
            gw.send(dev.uplink(1, 1, lorabench.lorawan.types.Bytes.fromHex("02"), false), 3_000_000, 5);
            net.await(ServerEvent.UplinkReceived.class, u -> u.fCnt32() == 1);
            gw.send(dev.uplink(2, 1, lorabench.lorawan.types.Bytes.fromHex("03"), false), 4_000_000, 5);
            net.await(ServerEvent.UplinkReceived.class, u -> u.fCnt32() == 2); // events of uplink 1 came before
            assertTrue(net.seen.stream().noneMatch(ServerEvent.JoinCompleted.class::isInstance),
                    "only the first uplink completes the join");
        }
    }

    @Test
    void withoutAppKeyAndWithoutAnApplicationTheJoinIsNotProcessed() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            TestDevice dev = TestDevice.otaa(0x31, MacVersion.V1_0_4);
            new DeviceRepository(net.db).upsert(lorabench.store.Device.otaa(dev.devEui, "no key", dev.version,
                    BandId.EU868, dev.joinEui, java.util.Optional.empty(), java.util.Optional.empty()));
            var gw = net.gateway(0xAA04);
            gw.send(dev.joinRequest(1), 1_000_000, 5);
            var rejected = net.await(ServerEvent.JoinRejected.class);
            assertEquals(ServerEvent.JoinRejectReason.NO_KEY_SOURCE, rejected.reason());
            assertTrue(net.runtime.deviceSessions().find(dev.devEui).isEmpty());
        }
    }
}
