// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.server.event.Reception;
import lorabench.server.gateway.UplinkFrame;
import lorabench.server.uplink.UplinkOutcome;
import lorabench.store.UplinkQuery;
import lorabench.store.UplinkRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Frames of one device handed to the pipeline back to back, before the first is committed: each is matched against
/// the state the previous one stores, so all are accepted in order; a late copy of a stored frame is a
/// retransmission, not a second uplink.
class PipelineOrderTest {
    @TempDir
    Path dir;

    private static UplinkFrame frame(Bytes phy, long tmst) {
        return new UplinkFrame(phy, List.of(new Reception(new Eui64(0xF1), -60, 5, 868_100_000, "SF7BW125", tmst, 0,
                0, Instant.now())), Instant.now());
    }

    @Test
    void backToBackFramesOfOneDeviceAreAllStoredAndALateCopyIsARetransmission() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            TestDevice dev = UplinkTest.abp(net, 0x81, MacVersion.V1_0_4, UplinkTest.ADDR, 1);
            CompletableFuture<?>[] outcomes = new CompletableFuture<?>[5];
            for (int f = 0; f < outcomes.length; f++) {
                outcomes[f] = net.runtime.router().route(frame(dev.uplink(f, 1, Bytes.fromHex("0" + f), false), f));
            }
            for (int f = 0; f < outcomes.length; f++) {
                var accepted = assertInstanceOf(UplinkOutcome.Accepted.class, outcomes[f].get(10, TimeUnit.SECONDS));
                assertEquals(f, accepted.fCnt32());
            }
            var late = net.runtime.router().route(frame(dev.uplink(4, 1, Bytes.fromHex("04"), false), 99));
            assertInstanceOf(UplinkOutcome.Retransmission.class, late.get(10, TimeUnit.SECONDS));
            assertEquals(5, new UplinkRepository(net.db).count(UplinkQuery.device(dev.devEui)));
            assertEquals(5, net.runtime.deviceSessions().find(dev.devEui).orElseThrow().fCntUp());
        }
    }
}
