// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.Txpk;
import lorabench.server.device.MacRequests;
import lorabench.server.event.ServerEvent;
import lorabench.store.DeviceClass;
import lorabench.store.DeviceRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The MAC layer through the running server: ADR and ADRACKReq, on-demand requests, requests that wait for room,
/// and class C delivery of requests (LoRaWAN L2 1.0.4 §4.3.1.1, §5).
class MacServerTest {
    private static final Datr.LoRa SF12 = new Datr.LoRa(12, 125);
    private static final Datr.LoRa SF7 = new Datr.LoRa(7, 125);

    @TempDir
    Path dir;

    private static List<MacCommand> commands(TestDevice.Down d) throws Exception {
        boolean port0 = d.frame().fPort().map(p -> p.value() == 0).orElse(false);
        return MacCommandCodec.decode(Direction.DOWNLINK, port0 ? d.payload() : d.fOptsPlain());
    }

    @Test
    void adrAckReqIsAnsweredAndGoodSignalRaisesTheDataRateOnceTheDeviceAccepts() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            TestDevice dev = UplinkTest.abp(net, 0x61, MacVersion.V1_0_4, UplinkTest.ADDR, 1);
            var gw = net.gateway(0xD1);
            // SF12 at -10 dB: ADR has nothing to change, but ADRACKReq needs a downlink all the same
            gw.send(dev.uplink(0, Optional.of(1), Bytes.fromHex("00"), false, false, Bytes.EMPTY, 0, true, true),
                    1_000_000, -10, SF12);
            var empty = dev.downlink(gw.nextPullResp().data(), 0, 0);
            assertTrue(empty.frame().fHdr().fOpts().isEmpty(), "nothing to say");
            assertFalse(empty.frame().fPort().isPresent(), "an empty frame");

            // 20 uplinks at SF12 with a 10 dB SNR: each answered with a LinkADRReq raising the data rate to DR5
            for (int i = 1; i <= 20; i++) {
                gw.send(dev.uplink(i, Optional.of(1), Bytes.fromHex("00"), false, false, Bytes.EMPTY, 0, true,
                        false), i * 10_000_000L, 10, SF12);
                var d = dev.downlink(gw.nextPullResp().data(), i, 0);
                var req = (MacCommand.LinkAdrReq) commands(d).getFirst();
                assertEquals(5, req.dataRate(), "uplink " + i);
            }
            assertEquals(0, net.runtime.macRequests().state(dev.devEui).orElseThrow().dataRate());

            Bytes ans = MacCommandCodec.encode(List.of(new MacCommand.LinkAdrAns(true, true, true)));
            gw.send(dev.uplink(21, Optional.of(1), Bytes.fromHex("00"), false, false, ans, 0, true, false),
                    300_000_000L, 10, SF7);
            net.await(ServerEvent.MacExchange.class, e -> e.command().equals("LinkADRAns"));
            assertEquals(5, net.runtime.macRequests().state(dev.devEui).orElseThrow().dataRate(),
                    "the session's MAC state follows the accepted LinkADRReq");
        }
    }

    @Test
    void devStatusOnDemandGoesInTheNextDownlinkAndTheAnswerIsKept() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            TestDevice dev = UplinkTest.abp(net, 0x62, MacVersion.V1_0_4, UplinkTest.ADDR, 1);
            MacRequests mac = net.runtime.macRequests();
            assertEquals(new MacRequests.Result.UnknownDevice(new Eui64(0xDEAD)), mac.requestDevStatus(
                    new Eui64(0xDEAD)));
            TestDevice otaa = TestDevice.otaa(0x63, MacVersion.V1_0_4);
            new DeviceRepository(net.db).upsert(otaa.provisionOtaa(BandId.EU868));
            assertEquals(new MacRequests.Result.NotJoined(otaa.devEui), mac.requestDevStatus(otaa.devEui));
            assertInstanceOf(MacRequests.Result.Refused.class, mac.request(dev.devEui,
                    new MacCommand.LinkCheckReq()), "a device-initiated command is no request");

            var queued = assertInstanceOf(MacRequests.Result.Queued.class, mac.requestDevStatus(dev.devEui));
            assertEquals(List.of(new MacCommand.DevStatusReq()), queued.pending());
            assertTrue(mac.lastDevStatus(dev.devEui).isEmpty());

            var gw = net.gateway(0xD2);
            gw.send(dev.uplink(0, 1, Bytes.fromHex("00"), false), 1_000_000, 5);
            var d = dev.downlink(gw.nextPullResp().data(), 0, 0);
            assertEquals(List.of(new MacCommand.DevStatusReq()), commands(d));

            Bytes ans = MacCommandCodec.encode(List.of(new MacCommand.DevStatusAns(200, 7)));
            gw.send(dev.uplink(1, Optional.of(1), Bytes.fromHex("00"), false, false, ans, 0), 5_000_000, 5);
            var ex = net.await(ServerEvent.MacExchange.class, e -> e.command().equals("DevStatusAns"));
            assertEquals(Direction.UPLINK, ex.direction());
            var status = mac.lastDevStatus(dev.devEui).orElseThrow();
            assertEquals(200, status.battery());
            assertEquals(7, status.margin());
            assertTrue(mac.pending(dev.devEui).isEmpty(), "answered");
        }
    }

    @Test
    void requestsThatDoNotFitTheWindowWaitForTheNextDownlinkWithoutLosingAnAttempt() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            TestDevice dev = UplinkTest.abp(net, 0x64, MacVersion.V1_0_4, UplinkTest.ADDR, 1);
            List<MacCommand> channels = new ArrayList<>();
            for (int ch = 3; ch < 16; ch++) {
                channels.add(new MacCommand.NewChannelReq(ch, 867_100_000L + (ch - 3) * 100_000L, 0, 5));
            }
            assertInstanceOf(MacRequests.Result.Queued.class, net.runtime.macRequests().request(dev.devEui,
                    channels));
            var gw = net.gateway(0xD3);
            // SF12: RX1 and RX2 at DR0 carry a MACPayload of 59 bytes, 51 of FRMPayload: 8 of the 13 requests
            gw.send(dev.uplink(0, 1, Bytes.fromHex("00"), false), 1_000_000, 5, SF12);
            var first = dev.downlink(gw.nextPullResp().data(), 0, 0);
            assertEquals(Optional.of(0), first.frame().fPort().map(p -> p.value()), "78 bytes: FPort 0");
            assertEquals(channels.subList(0, 8), commands(first));
            var state = net.runtime.macRequests().state(dev.devEui).orElseThrow();
            assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0), state.pendingAttempts());

            List<MacCommand> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(new MacCommand.NewChannelAns(true, true));
            }
            gw.send(dev.uplink(1, 0, MacCommandCodec.encode(answers), false), 10_000_000, 5, SF12);
            var second = dev.downlink(gw.nextPullResp().data(), 1, 0);
            assertEquals(channels.subList(8, 13), commands(second), "the rest in the next downlink");
            assertEquals(channels.subList(8, 13), net.runtime.macRequests().pending(dev.devEui));
        }
    }

    @Test
    void aClassCDeviceGetsARequestAtOnce() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            TestDevice dev = UplinkTest.abp(net, 0x65, MacVersion.V1_0_4, UplinkTest.ADDR, 1);
            var devices = new DeviceRepository(net.db);
            devices.upsert(devices.find(dev.devEui).orElseThrow().withDeviceClass(DeviceClass.C));
            var gw = net.gateway(0xD4);
            gw.send(dev.uplink(0, 1, Bytes.fromHex("00"), false), 1_000, 5);
            net.await(ServerEvent.UplinkReceived.class);
            net.runtime.macRequests().requestDevStatus(dev.devEui);
            Txpk c = gw.nextPullResp();
            assertTrue(c.imme(), "class C: immediately");
            assertEquals(869_525_000, c.frequency(), "on RX2");
            assertEquals(List.of(new MacCommand.DevStatusReq()), commands(dev.downlink(c.data(), 0, 0)));
            net.await(ServerEvent.MacExchange.class, e -> e.command().equals("DevStatusReq")
                    && e.direction() == Direction.DOWNLINK);
        }
    }
}
