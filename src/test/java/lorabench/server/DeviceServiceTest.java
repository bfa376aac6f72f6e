// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.MacVersion;
import lorabench.server.device.DeviceService;
import lorabench.server.downlink.EnqueueMode;
import lorabench.server.downlink.EnqueueResult;
import lorabench.server.event.ServerEvent;
import lorabench.store.Device;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;
import lorabench.store.JoinStateRepository;
import lorabench.store.SessionKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Provisioning through [DeviceService] keeps sessions consistent: ABP devices are activated, a change of keys
/// ends the old session, deleting cancels the queue.
class DeviceServiceTest {
    @TempDir
    Path dir;

    @Test
    void anAbpDeviceIsActivatedAndNewKeysEndTheOldSession() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            DeviceService service = net.runtime.devices();
            SessionKeys keys = SessionKeys.of10(UplinkTest.key(1), UplinkTest.key(2));
            TestDevice dev = TestDevice.abp(0x71, MacVersion.V1_0_4, UplinkTest.ADDR, keys);
            Device d = Device.abp(dev.devEui, "abp", MacVersion.V1_0_4, BandId.EU868, UplinkTest.ADDR, keys);
            var created = assertInstanceOf(DeviceService.Result.Saved.class, service.create(d));
            assertTrue(created.session().isPresent(), "ABP: a session at once");
            assertEquals(new DeviceService.Result.AlreadyExists(dev.devEui), service.create(d));
            var gw = net.gateway(0xF2);
            gw.send(dev.uplink(0, 1, Bytes.fromHex("01"), false), 1_000, 5);
            net.await(ServerEvent.UplinkReceived.class, u -> u.devEui().equals(dev.devEui));

            var renamed = assertInstanceOf(DeviceService.Result.Saved.class, service.update(d.withName("renamed")));
            assertFalse(renamed.sessionEnded(), "a new name keeps the session");
            assertEquals(1, renamed.session().orElseThrow().fCntUp());

            SessionKeys newKeys = SessionKeys.of10(UplinkTest.key(5), UplinkTest.key(6));
            Device rekeyed = Device.abp(dev.devEui, "abp", MacVersion.V1_0_4, BandId.EU868, UplinkTest.ADDR, newKeys);
            var updated = assertInstanceOf(DeviceService.Result.Saved.class, service.update(rekeyed));
            assertTrue(updated.sessionEnded());
            assertEquals(newKeys, updated.session().orElseThrow().keys(), "activated again with the new keys");
            gw.send(dev.uplink(1, 1, Bytes.fromHex("02"), false), 2_000_000, 5);
            assertEquals(ServerEvent.RejectReason.MIC_MISMATCH, net.await(ServerEvent.FrameRejected.class).reason(),
                    "the old keys no longer work");
            TestDevice renewed = TestDevice.abp(0x71, MacVersion.V1_0_4, UplinkTest.ADDR, newKeys);
            gw.send(renewed.uplink(0, 1, Bytes.fromHex("03"), false), 3_000_000, 5);
            assertEquals(0, net.await(ServerEvent.UplinkReceived.class, u -> u.payload().equals(
                    Bytes.fromHex("03"))).fCnt32(), "the new session starts at the provisioned counter");
        }
    }

    @Test
    void newRootKeysEndTheOtaaSessionAndForgetTheDevNoncesAndDeleteCancelsTheQueue() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            DeviceService service = net.runtime.devices();
            TestDevice dev = TestDevice.otaa(0x72, MacVersion.V1_0_4);
            Device d = dev.provisionOtaa(BandId.EU868);
            var created = assertInstanceOf(DeviceService.Result.Saved.class, service.create(d));
            assertTrue(created.session().isEmpty(), "OTAA: no session before the join");
            var gw = net.gateway(0xF3);
            gw.send(dev.joinRequest(7), 1_000, 5);
            net.await(ServerEvent.JoinAccepted.class);
            gw.nextPullResp();

            dev.appKey = UplinkTest.key(9);
            var updated = assertInstanceOf(DeviceService.Result.Saved.class, service.update(
                    dev.provisionOtaa(BandId.EU868)));
            assertTrue(updated.sessionEnded(), "new AppKey: the device must join again");
            assertTrue(net.runtime.deviceSessions().find(dev.devEui).isEmpty());
            assertEquals(Optional.empty(), new JoinStateRepository(net.db).lastDevNonce(dev.devEui, dev.joinEui),
                    "DevNonces start again with the new key");
            gw.send(dev.joinRequest(1), 2_000_000, 5);
            assertEquals(new DevNonce(1), net.await(ServerEvent.JoinAccepted.class).devNonce());
            gw.nextPullResp();

            var queued = assertInstanceOf(EnqueueResult.Accepted.class, net.runtime.downlinkQueue().enqueue(
                    new DownlinkTarget.Device(dev.devEui), 2, Bytes.fromHex("AA"), false,
                    EnqueueMode.ENQUEUE_ON_BUSY));
            assertTrue(service.delete(dev.devEui));
            net.await(ServerEvent.DownlinkStatusChanged.class, e -> e.downlinkId() == queued.downlink().id()
                    && e.to() == DownlinkStatus.CANCELLED);
            assertTrue(net.runtime.deviceSessions().find(dev.devEui).isEmpty());
            assertFalse(service.delete(dev.devEui));
            assertEquals(new DeviceService.Result.NotFound(dev.devEui), service.update(d));
        }
    }
}
