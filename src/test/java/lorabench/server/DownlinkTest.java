// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.MacVersion;
import lorabench.packetforwarder.TxAckError;
import lorabench.packetforwarder.Txpk;
import lorabench.server.downlink.EnqueueMode;
import lorabench.server.downlink.EnqueueResult;
import lorabench.server.event.ServerEvent;
import lorabench.store.DeviceClass;
import lorabench.store.DeviceGroup;
import lorabench.store.DeviceRepository;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;
import lorabench.store.GroupRepository;
import lorabench.store.MulticastSession;
import lorabench.store.SessionKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownlinkTest {
    @TempDir
    Path dir;

    private static long enqueue(TestNetwork net, TestDevice dev, String hex, boolean confirmed) {
        var r = net.runtime.downlinkQueue().enqueue(new DownlinkTarget.Device(dev.devEui), 5, Bytes.fromHex(hex),
                confirmed, EnqueueMode.ENQUEUE_ON_BUSY);
        return assertInstanceOf(EnqueueResult.Accepted.class, r).downlink().id();
    }

    @Test
    void queuedDownlinksGoOutInRx1WithFPendingAndAConfirmedOneIsAcknowledged() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            TestDevice dev = UplinkTest.abp(net, 0x51, MacVersion.V1_0_4, UplinkTest.ADDR, 1);
            var gw = net.gateway(0xC1);
            long first = enqueue(net, dev, "0102", true);
            enqueue(net, dev, "0304", false);
            gw.send(dev.uplink(0, 1, Bytes.fromHex("00"), false), 10_000_000, 5);
            Txpk t1 = gw.nextPullResp();
            assertEquals(11_000_000, t1.tmst().getAsLong());
            var d1 = dev.downlink(t1.data(), 0, 0);
            assertEquals(Bytes.fromHex("0102"), d1.payload());
            assertTrue(d1.frame().fHdr().fCtrl().fPending(), "FPending: another downlink waits");
            assertTrue(d1.frame().mHdr().mType().isConfirmed());
            net.await(ServerEvent.DownlinkStatusChanged.class, e -> e.downlinkId() == first
                    && e.to() == DownlinkStatus.SENT);

            gw.send(dev.uplink(1, Optional.of(1), Bytes.fromHex("00"), false, true, Bytes.EMPTY, 0), 20_000_000, 5);
            net.await(ServerEvent.DownlinkStatusChanged.class, e -> e.downlinkId() == first
                    && e.to() == DownlinkStatus.ACKNOWLEDGED);
            var d2 = dev.downlink(gw.nextPullResp().data(), 1, 0);
            assertEquals(Bytes.fromHex("0304"), d2.payload());
            assertFalse(d2.frame().fHdr().fCtrl().fPending());
        }
    }

    @Test
    void aConfirmedDownlinkIsNotAcknowledgedWhenTheNextUplinkLacksTheAck() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            TestDevice dev = UplinkTest.abp(net, 0x52, MacVersion.V1_1, UplinkTest.ADDR, 1);
            var gw = net.gateway(0xC2);
            long id = enqueue(net, dev, "AA", true);
            gw.send(dev.uplink(0, 1, Bytes.fromHex("00"), false), 1_000, 5);
            var d = dev.downlink(gw.nextPullResp().data(), 0, 0);
            assertEquals(Bytes.fromHex("AA"), d.payload(), "1.1: the application payload uses AFCntDown 0");
            gw.send(dev.uplink(1, 1, Bytes.fromHex("00"), false), 2_000_000, 5);
            net.await(ServerEvent.DownlinkStatusChanged.class, e -> e.downlinkId() == id
                    && e.to() == DownlinkStatus.NOT_ACKNOWLEDGED);
        }
    }

    @Test
    void txAckTooLateFallsBackToRx2AndAnErrorEndsTheDownlink() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            TestDevice dev = UplinkTest.abp(net, 0x53, MacVersion.V1_0_4, UplinkTest.ADDR, 1);
            var gw = net.gateway(0xC3);
            gw.txAck = t -> t.tmst().getAsLong() == 1_001_000 ? Optional.of(TxAckError.of(TxAckError.Code.TOO_LATE))
                    : Optional.of(TxAckError.of(TxAckError.Code.TX_FREQ));
            long id = enqueue(net, dev, "BEEF", false);
            gw.send(dev.uplink(0, 1, Bytes.fromHex("00"), false), 1_000, 5);
            Txpk rx1 = gw.nextPullResp();
            Txpk rx2 = gw.nextPullResp();
            assertEquals(1_001_000, rx1.tmst().getAsLong());
            assertEquals(2_001_000, rx2.tmst().getAsLong(), "RX2 one second after RX1");
            assertEquals(869_525_000, rx2.frequency());
            assertEquals(rx1.data(), rx2.data(), "the same frame in RX2");
            var err = net.await(ServerEvent.DownlinkStatusChanged.class, e -> e.downlinkId() == id
                    && e.to() == DownlinkStatus.ERROR);
            assertTrue(err.error().orElseThrow().contains("TX_FREQ"), err.toString());
        }
    }

    @Test
    void queueModesFailReplaceAndEnqueueUpToTheLimit() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            TestDevice dev = UplinkTest.abp(net, 0x54, MacVersion.V1_0_4, UplinkTest.ADDR, 1);
            var q = net.runtime.downlinkQueue();
            var target = new DownlinkTarget.Device(dev.devEui);
            for (int i = 0; i < 10; i++) {
                enqueue(net, dev, "0" + i, false);
            }
            assertEquals(new EnqueueResult.QueueFull(10), q.enqueue(target, 1, Bytes.fromHex("FF"), false,
                    EnqueueMode.ENQUEUE_ON_BUSY));
            assertEquals(new EnqueueResult.Busy(10), q.enqueue(target, 1, Bytes.fromHex("FF"), false,
                    EnqueueMode.FAIL_ON_BUSY));
            var replaced = assertInstanceOf(EnqueueResult.Accepted.class, q.enqueue(target, 1, Bytes.fromHex("FF"),
                    false, EnqueueMode.REPLACE_ON_BUSY));
            assertEquals(10, replaced.replaced().size());
            assertInstanceOf(EnqueueResult.TooLarge.class, q.enqueue(target, 1, Bytes.of(new byte[300]), false,
                    EnqueueMode.ENQUEUE_ON_BUSY));
            assertInstanceOf(EnqueueResult.UnknownTarget.class, q.enqueue(new DownlinkTarget.Device(
                    new lorabench.lorawan.types.Eui64(0xDEAD)), 1, Bytes.EMPTY, false, EnqueueMode.ENQUEUE_ON_BUSY));
            net.await(ServerEvent.DownlinkStatusChanged.class, e -> e.to() == DownlinkStatus.CANCELLED);
        }
    }

    @Test
    void classCDownlinkGoesOutImmediatelyOnRx2AndMulticastThroughTheGateways() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            TestDevice dev = UplinkTest.abp(net, 0x55, MacVersion.V1_0_4, UplinkTest.ADDR, 1);
            var devices = new DeviceRepository(net.db);
            devices.upsert(devices.find(dev.devEui).orElseThrow().withDeviceClass(DeviceClass.C));
            var gw = net.gateway(0xC5);
            // A confirmed uplink: once its ACK is at the gateway, the class A answer is done and cannot take the
            // downlink queued next.
            gw.send(dev.uplink(0, 1, Bytes.fromHex("00"), true), 1_000, 5);
            assertFalse(gw.nextPullResp().imme());
            enqueue(net, dev, "C0C0", false);
            Txpk c = gw.nextPullResp();
            assertTrue(c.imme(), "class C: immediately");
            assertEquals(869_525_000, c.frequency());
            assertEquals(Bytes.fromHex("C0C0"), dev.downlink(c.data(), 1, 0).payload());

            var groups = new GroupRepository(net.db);
            DevAddr mcAddr = DevAddr.parse("01FFFFFF");
            var mcKeys = SessionKeys.of10(UplinkTest.key(70), UplinkTest.key(71));
            groups.save(DeviceGroup.of("g1", "group").withMulticast(Optional.of(new MulticastSession(mcAddr,
                    mcKeys.nwkSKey(), mcKeys.appSKey().orElseThrow(), 0))));
            assertInstanceOf(EnqueueResult.Accepted.class, net.runtime.downlinkQueue().enqueue(
                    new DownlinkTarget.Group("g1"), 200, Bytes.fromHex("5151"), false, EnqueueMode.ENQUEUE_ON_BUSY));
            Txpk m = gw.nextPullResp();
            assertTrue(m.imme());
            TestDevice member = TestDevice.abp(0x56, MacVersion.V1_0_4, mcAddr, mcKeys);
            assertEquals(Bytes.fromHex("5151"), member.downlink(m.data(), 0, 0).payload());
        }
    }
}
