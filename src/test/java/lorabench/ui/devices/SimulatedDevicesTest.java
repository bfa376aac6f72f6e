// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Eui64;
import lorabench.server.downlink.EnqueueMode;
import lorabench.server.downlink.EnqueueResult;
import lorabench.store.DownlinkStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A virtual device created from a provisioned one joins the real embedded server over UDP, sends uplinks and
/// receives a queued downlink, on real time.
class SimulatedDevicesTest {
    @TempDir
    Path data;

    @Test
    void aVirtualTwinJoinsSendsAndReceivesThroughTheEmbeddedServer() throws Exception {
        try (EmbeddedBench bench = new EmbeddedBench(data)) {
            Eui64 eui = Eui64.parse("0004A30B001C0530");
            var device = bench.directory.create(EmbeddedBench.otaa("0004A30B001C0530", "twin"));
            bench.simulator.create(device).get(10, TimeUnit.SECONDS);
            assertTrue(bench.simulator.isVirtual(eui));
            assertEquals(List.of(SimulatedDevices.DEFAULT_GATEWAY), bench.simulator.gateways());

            var joined = bench.simulator.join(eui).get(60, TimeUnit.SECONDS);
            assertTrue(joined.joined(), joined::toString);
            var up = bench.simulator.sendUplink(eui, 2, Bytes.fromHex("CAFE"), false).get(30, TimeUnit.SECONDS);
            assertEquals(0, up.fCnt());

            var queued = bench.directory.enqueue(eui, 3, Bytes.fromHex("0102"), true, EnqueueMode.ENQUEUE_ON_BUSY);
            assertTrue(queued instanceof EnqueueResult.Accepted, queued::toString);
            // Real time on a shared machine: a receive window can be missed under load, as on air; the queued
            // downlink then waits for the next uplink (at most 3 tries).
            long fCnt = 0;
            Optional<String> received = Optional.empty();
            while (received.isEmpty() && fCnt < 3) {
                var next = bench.simulator.sendUplink(eui, 2, Bytes.fromHex("BEEF"), false).get(30, TimeUnit.SECONDS);
                fCnt = next.fCnt();
                received = next.downlink();
            }
            assertTrue(received.orElseThrow().contains("payload 0102"), received::toString);
            fCnt = bench.simulator.sendUplink(eui, 2, Bytes.fromHex("00"), false).get(30, TimeUnit.SECONDS).fCnt();

            var row = bench.directory.find(eui).orElseThrow();
            assertEquals("joined", row.status());
            assertEquals(fCnt, row.lastFCntUp().orElseThrow());
            assertEquals(DownlinkStatus.ACKNOWLEDGED, bench.directory.queue(eui).getFirst().status());
            var trace = bench.directory.joinTrace(eui);
            assertEquals(JoinAttempt.Outcome.ACCEPTED, trace.getLast().outcome(), trace::toString);
            assertTrue(trace.subList(0, trace.size() - 1).stream()
                    .allMatch(a -> a.outcome() == JoinAttempt.Outcome.ACCEPT_NOT_HEARD), trace::toString);
        }
    }
}
