// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.server.event.ServerEvent;
import lorabench.server.provisioning.DeviceInput;
import lorabench.server.provisioning.DeviceProvisioning;
import lorabench.store.DeviceStateCounts;
import lorabench.store.GatewayStats;
import lorabench.ui.dashboard.DashboardCounts;
import lorabench.ui.dashboard.DashboardEvent;
import lorabench.ui.dashboard.DashboardUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The Dashboard's source over a real embedded server: what happened before a subscription is replayed to it,
/// later events follow live, and the counters come from the store and the gateway registry.
class ServerDashboardSourceTest {
    private static final Eui64 DEV = Eui64.parse("70B3D57ED0000401");
    private static final Eui64 GW = Eui64.parse("AA555A0000000401");

    private static DashboardUpdate next(BlockingQueue<DashboardUpdate> q) throws InterruptedException {
        DashboardUpdate u = q.poll(30, TimeUnit.SECONDS);
        if (u == null) {
            throw new AssertionError("no update within 30 s");
        }
        return u;
    }

    private static ServerEvent.UplinkReceived uplink(Instant at, long fCnt) {
        return new ServerEvent.UplinkReceived(at, fCnt, DEV, DevAddr.parse("26011BDA"), fCnt, Optional.of(1),
                Bytes.fromHex("01"), false, 5, List.of(), Bytes.fromHex("40"));
    }

    @Test
    void replaysTheTrafficSinceStartThenDeliversLiveEventsAndReadsTheCounters(@TempDir Path data) throws Exception {
        try (LoraBenchServer server = LoraBenchServer.start(ServerOptions.defaults(data).withEphemeralPorts()
                .withAdminPassword("secret1"))) {
            new DeviceProvisioning(server.database()).create(DeviceInput.of(Map.of("devEui", DEV.toString(),
                    "name", "counted", "activation", "OTAA", "macVersion", "1.0.4", "region", "EU868",
                    "joinEui", "70B3D57ED0000001", "appKey", "2B7E151628AED2A6ABF7158809CF4F3C")));
            ServerDashboardSource source = new ServerDashboardSource(CompletableFuture.completedFuture(server));
            Instant now = server.clock().instant();
            var events = server.server().events();
            GatewayStats stats = new GatewayStats(1, 1, 1, 0, 0);
            events.publish(new ServerEvent.GatewayStatsReported(now, GW, stats, stats));
            events.publish(uplink(now.minus(Duration.ofMinutes(2)), 1));
            events.publish(uplink(now, 2));

            BlockingQueue<DashboardUpdate> probe = new LinkedBlockingQueue<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            DashboardUpdate.Replay replay;
            do {
                // the source hears the events on its own subscriber thread: look until both are in
                try (AutoCloseable s = source.subscribe(probe::add)) {
                    replay = (DashboardUpdate.Replay) next(probe);
                }
                probe.clear();
            } while (replay.recent().size() < 2 && System.nanoTime() < deadline);
            assertEquals(List.of("FCnt 1", "FCnt 2"), replay.recent().stream().map(e -> e.text().substring(0, 6))
                    .toList(), "oldest first; the gateway's statistics are not listed");
            assertEquals(2, replay.traffic().stream().mapToLong(b -> b.uplinks()).sum());
            assertEquals(60, replay.traffic().size());

            BlockingQueue<DashboardUpdate> live = new LinkedBlockingQueue<>();
            try (AutoCloseable s = source.subscribe(live::add)) {
                assertTrue(next(live) instanceof DashboardUpdate.Replay);
                events.publish(new ServerEvent.FrameRejected(now, Optional.of(GW), Bytes.fromHex("40"),
                        ServerEvent.RejectReason.UNKNOWN_DEVADDR, "DevAddr 01020304"));
                DashboardUpdate u = next(live);
                assertEquals(DashboardEvent.Kind.FRAME_REJECTED, ((DashboardUpdate.Live) u).event().kind());
            }

            DashboardCounts counts = source.counts();
            assertEquals(new DeviceStateCounts(1, 0, 0, 0, 0), counts.devices());
            assertEquals(0, counts.gatewaysOnline());
            assertTrue(!counts.at().isBefore(now));
        }
    }
}
