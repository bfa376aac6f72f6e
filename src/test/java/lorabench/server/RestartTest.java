// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.MacVersion;
import lorabench.server.downlink.EnqueueMode;
import lorabench.server.downlink.EnqueueResult;
import lorabench.server.event.ServerEvent;
import lorabench.store.DownlinkTarget;
import lorabench.store.SessionKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartTest {
    @TempDir
    Path dir;

    @Test
    void aRestartResumesCountersAndTheQueueFromTheStore() throws Exception {
        TestDevice dev;
        try (TestNetwork net = new TestNetwork(dir)) {
            dev = UplinkTest.abp(net, 0x61, MacVersion.V1_0_4, UplinkTest.ADDR, 1);
            var gw = net.gateway(0xD1);
            gw.send(dev.uplink(0, 1, Bytes.fromHex("00"), true), 1_000, 5);
            dev.downlink(gw.nextPullResp().data(), 0, 0); // the ACK took FCntDown 0
            net.await(ServerEvent.UplinkReceived.class);
            gw.send(dev.uplink(1, 1, Bytes.fromHex("00"), true), 2_000_000, 5);
            // Enqueue only once the answer to FCnt 1 has gone out: enqueued earlier, the payload could ride in that
            // answer's RX1 (the server reads the queue when it composes the answer, after publishing the uplink).
            dev.downlink(gw.nextPullResp().data(), 1, 1);
            net.await(ServerEvent.UplinkReceived.class, u -> u.fCnt32() == 1);
            assertInstanceOf(EnqueueResult.Accepted.class, net.runtime.downlinkQueue().enqueue(
                    new DownlinkTarget.Device(dev.devEui), 3, Bytes.fromHex("7777"), false,
                    EnqueueMode.ENQUEUE_ON_BUSY));
        }
        try (TestNetwork net = new TestNetwork(dir)) {
            var gw = net.gateway(0xD1);
            gw.send(dev.uplink(0, 1, Bytes.fromHex("01"), false), 5_000_000, 5);
            assertEquals(ServerEvent.RejectReason.FCNT_REPLAY, net.await(ServerEvent.FrameRejected.class).reason());
            gw.send(dev.uplink(2, 1, Bytes.fromHex("02"), false), 6_000_000, 5);
            assertEquals(2, net.await(ServerEvent.UplinkReceived.class).fCnt32());
            var down = dev.downlink(gw.nextPullResp().data(), 2, 0);
            assertEquals(Bytes.fromHex("7777"), down.payload(), "the queue survived, FCntDown continued at 2");
        }
    }
}
