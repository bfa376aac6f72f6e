// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.MacVersion;
import lorabench.packetforwarder.Txpk;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvent.RejectReason;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.SessionKeys;
import lorabench.store.UplinkQuery;
import lorabench.store.UplinkRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UplinkTest {
    static final DevAddr ADDR = DevAddr.parse("26011BDA");

    @TempDir
    Path dir;

    static TestDevice abp(TestNetwork net, long eui, MacVersion v, DevAddr addr, int keySeed) {
        SessionKeys keys = v.is11()
                ? new SessionKeys(key(keySeed), key(keySeed + 1), key(keySeed + 2), key(keySeed + 3))
                : SessionKeys.of10(key(keySeed), key(keySeed + 1));
        TestDevice dev = TestDevice.abp(eui, v, addr, keys);
        Device d = new DeviceRepository(net.db).upsert(Device.abp(dev.devEui, "abp", v, BandId.EU868, addr, keys));
        net.runtime.deviceSessions().activateAbp(d);
        return dev;
    }

    static AesKey key(int seed) {
        byte[] k = new byte[16];
        java.util.Arrays.fill(k, (byte) seed);
        return AesKey.of(k);
    }

    @Test
    void dataUplinkIsStoredAndAnnouncedWithEveryReceptionAndAnsweredThroughTheBetterGateway() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            TestDevice dev = abp(net, 0x21, MacVersion.V1_0_4, ADDR, 1);
            var gw1 = net.gateway(0xB1);
            var gw2 = net.gateway(0xB2);
            Bytes phy = dev.uplink(0, 10, Bytes.fromHex("CAFE"), true);
            gw1.send(phy, 100_000, 2.0);
            gw2.send(phy, 200_000, 9.5);
            var up = net.await(ServerEvent.UplinkReceived.class);
            assertEquals(Bytes.fromHex("CAFE"), up.payload());
            assertEquals(Optional.of(10), up.fPort());
            assertEquals(2, up.receptions().size(), "one uplink, both receptions");
            assertEquals(gw2.eui, up.receptions().getFirst().gateway(), "best SNR first");
            assertEquals(1, new UplinkRepository(net.db).count(UplinkQuery.device(dev.devEui)));

            Txpk ack = gw2.nextPullResp();
            assertEquals(1_200_000, ack.tmst().getAsLong(), "RX1 = uplink tmst + 1 s at the better gateway");
            var down = dev.downlink(ack.data(), 0, 0);
            assertTrue(down.frame().fHdr().fCtrl().ack(), "a confirmed uplink is acknowledged");
            assertTrue(gw1.pullResps.isEmpty());
        }
    }

    @Test
    void replayBadMicUnknownDevAddrAndMalformedFramesAreRejectedAndGoodOnesStillFlow() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            TestDevice dev = abp(net, 0x22, MacVersion.V1_0_4, ADDR, 1);
            var gw = net.gateway(0xB3);
            gw.send(dev.uplink(5, 1, Bytes.fromHex("01"), false), 1, 5);
            net.await(ServerEvent.UplinkReceived.class);
            gw.send(dev.uplink(6, 1, Bytes.fromHex("02"), false), 2, 5);
            net.await(ServerEvent.UplinkReceived.class, u -> u.fCnt32() == 6);
            gw.send(dev.uplink(5, 1, Bytes.fromHex("03"), false), 3, 5);
            assertEquals(RejectReason.FCNT_REPLAY, net.await(ServerEvent.FrameRejected.class).reason());

            TestDevice forger = TestDevice.abp(0x22, MacVersion.V1_0_4, ADDR, SessionKeys.of10(key(9), key(9)));
            gw.send(forger.uplink(7, 1, Bytes.fromHex("04"), false), 4, 5);
            assertEquals(RejectReason.MIC_MISMATCH, net.await(ServerEvent.FrameRejected.class).reason());

            TestDevice stranger = TestDevice.abp(0x23, MacVersion.V1_0_4, DevAddr.parse("01020304"),
                    SessionKeys.of10(key(1), key(2)));
            gw.send(stranger.uplink(0, 1, Bytes.fromHex("05"), false), 5, 5);
            assertEquals(RejectReason.UNKNOWN_DEVADDR, net.await(ServerEvent.FrameRejected.class).reason());

            gw.send(Bytes.fromHex("40DA1B01"), 6, 5);
            assertEquals(RejectReason.MALFORMED, net.await(ServerEvent.FrameRejected.class).reason());
            gw.client.pullData(); // keeps the gateway alive; a garbage datagram must not stop the server either
            var raw = new java.net.DatagramSocket();
            byte[] junk = {2, 0, 0, 0, 1, 2};
            raw.send(new java.net.DatagramPacket(junk, junk.length, net.runtime.udp().orElseThrow().localAddress()));
            raw.close();

            gw.send(dev.uplink(7, 1, Bytes.fromHex("06"), false), 7, 5);
            assertEquals(Bytes.fromHex("06"), net.await(ServerEvent.UplinkReceived.class, u -> u.fCnt32() == 7)
                    .payload());
        }
    }

    @Test
    void devAddrCollisionIsResolvedByTheMic() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            abp(net, 0x31, MacVersion.V1_0_4, ADDR, 1);
            TestDevice second = abp(net, 0x32, MacVersion.V1_0_4, ADDR, 40);
            var gw = net.gateway(0xB4);
            gw.send(second.uplink(0, 2, Bytes.fromHex("AB"), false), 1, 5);
            assertEquals(second.devEui, net.await(ServerEvent.UplinkReceived.class).devEui());
        }
    }

    @Test
    void linkCheckReqIsAnsweredInFOpts() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            TestDevice dev = abp(net, 0x41, MacVersion.V1_1, ADDR, 1);
            var gw = net.gateway(0xB5);
            Bytes fOpts = MacCommandCodec.encode(List.of(new MacCommand.LinkCheckReq()));
            gw.send(dev.uplink(0, Optional.empty(), Bytes.EMPTY, false, false, fOpts, 0), 1_000, 6);
            net.await(ServerEvent.MacExchange.class, e -> e.command().equals("LinkCheckReq"));
            var down = dev.downlink(gw.nextPullResp().data(), 0, 0);
            assertFalse(down.frame().fPort().isPresent());
            var cmds = MacCommandCodec.decode(Direction.DOWNLINK, down.fOptsPlain());
            assertTrue(cmds.getFirst() instanceof MacCommand.LinkCheckAns a && a.gwCnt() == 1, cmds.toString());
        }
    }
}
